'use strict';
// A worker whose 'uncaughtException' listener throws ends with exit code 1 (the
// process would end with 7), and the parent's 'error' event gets what the
// listener threw. A worker that set process._fatalException to a non-function
// ends with 6 and no 'error' event.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const a = new Worker(`
  process.on('uncaughtException', () => { throw new Error('from listener'); });
  throw new Error('first');
`, { eval: true });
a.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'from listener')));
a.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

const b = new Worker(`
  process._fatalException = undefined;
  throw new Error('ignored');
`, { eval: true, stderr: true });
b.on('error', common.mustNotCall());
b.on('exit', common.mustCall((code) => assert.strictEqual(code, 6)));
