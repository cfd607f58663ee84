'use strict';
// A worker throwing at top level: 'error' with the error (class and message kept),
// then 'exit' 1. process.exit(n) in a worker ends only the worker, with code n,
// and nothing after it runs. Bad filenames throw ERR_WORKER_PATH.
const common = require('../common');
const assert = require('node:assert');
const { Worker } = require('node:worker_threads');

const thrower = new Worker('throw new TypeError("boom")', { eval: true });
thrower.on('error', common.mustCall((err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'boom');
}));
thrower.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

const exiter = new Worker(
  'const { parentPort } = require("node:worker_threads"); process.exit(7); parentPort.postMessage("after exit");',
  { eval: true });
exiter.on('message', common.mustNotCall());
exiter.on('exit', common.mustCall((code) => assert.strictEqual(code, 7)));

assert.throws(() => new Worker('relative.js'), { code: 'ERR_WORKER_PATH', name: 'TypeError' });
assert.throws(() => new Worker(42), { code: 'ERR_INVALID_ARG_TYPE' });
