'use strict';
// A worker's uncaught error whose stack cannot be formatted (its
// Error.prepareStackTrace throws) reaches the parent without a stack.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  Error.prepareStackTrace = (err) => {
    if (err.message === 'original') throw new Error('from prepareStackTrace');
    return 'custom';
  };
  throw new Error('original');
`, { eval: true });
w.on('error', common.mustCall((err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'original');
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.stack, undefined);
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
