'use strict';
// util.setTraceSigInt() is accepted on the main thread (node 24 does not check its
// argument) and refused in a worker (ERR_WORKER_UNSUPPORTED_OPERATION).
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Worker, isMainThread } = require('worker_threads');

if (isMainThread) {
  util.setTraceSigInt(true);
  util.setTraceSigInt(false);
  const w = new Worker(__filename);
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else {
  for (const value of [true, false, 1]) {
    assert.throws(() => util.setTraceSigInt(value), {
      code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
      message: 'Calling util.setTraceSigInt is not supported in workers',
    });
  }
}
