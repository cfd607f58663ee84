'use strict';
// A worker's uncaught error reaches the parent's 'error' event with its
// properties (code, errno, syscall, path, custom ones, a name set on it), on an
// object of the nearest built-in error class; values that are not errors arrive
// as themselves.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function check(source, verify) {
  new Worker(source, { eval: true }).on('error', common.mustCall(verify));
}

check(`throw Object.assign(new Error('x'), { code: 'E_CUSTOM', extra: { a: [1, 2] } })`, (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'x');
  assert.strictEqual(err.code, 'E_CUSTOM');
  assert.deepStrictEqual(err.extra, { a: [1, 2] });
  assert.deepStrictEqual(Object.keys(err), ['code', 'extra']);
  assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
});

check(`require('fs').readFileSync('/no/such/file/here')`, (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, '/no/such/file/here');
});

check(`
  class MyError extends TypeError {
    constructor(message) { super(message); this.name = 'MyError'; this.detail = 7; }
  }
  throw new MyError('mine');
`, (err) => {
  assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
  assert.strictEqual(err.name, 'MyError');
  assert.strictEqual(err.detail, 7);
  assert.strictEqual(err.message, 'mine');
});

check(`throw new RangeError('r', { cause: new Error('because') })`, (err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.cause.message, 'because');
});

check(`throw { plain: true }`, (err) => assert.deepStrictEqual(err, { plain: true }));
check(`throw 'text'`, (err) => assert.strictEqual(err, 'text'));
