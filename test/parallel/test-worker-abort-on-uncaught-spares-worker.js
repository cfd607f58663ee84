// Flags: --abort-on-uncaught-exception
'use strict';
// --abort-on-uncaught-exception does not apply inside workers: an uncaught error
// there is the Worker's 'error' event and exit code 1, and the process lives on.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('throw new RangeError("inside")', { eval: true });
w.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'inside');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
