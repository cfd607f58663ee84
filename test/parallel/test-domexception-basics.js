'use strict';
// DOMException: names, legacy codes, cause, accessors and brand checks.
require('../common');
const assert = require('assert');

const e = new DOMException('boom', 'AbortError');
assert.strictEqual(e.name, 'AbortError');
assert.strictEqual(e.message, 'boom');
assert.strictEqual(e.code, 20);
assert.strictEqual(String(e), 'AbortError: boom');
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
assert.ok(e instanceof Error);
assert.deepStrictEqual(Object.keys(e), []);
assert.match(e.stack, /^AbortError: boom\n/);
const d = new DOMException();
assert.strictEqual(d.name, 'Error');
assert.strictEqual(d.message, '');
assert.strictEqual(d.code, 0);
assert.strictEqual(new DOMException('m', 'TimeoutError').code, DOMException.TIMEOUT_ERR);
assert.strictEqual(DOMException.prototype.DATA_CLONE_ERR, 25);
assert.strictEqual(DOMException.INDEX_SIZE_ERR, 1);
const withCause = new DOMException('m', { name: 'TimeoutError', cause: 5 });
assert.strictEqual(withCause.code, 23);
assert.strictEqual(withCause.cause, 5);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause'),
                       { value: 5, writable: true, enumerable: false, configurable: true });
assert.strictEqual('cause' in new DOMException('m', {}), false);
assert.throws(() => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}), {
  code: 'ERR_INVALID_THIS',
  name: 'TypeError',
  message: 'Value of "this" must be of DOMException',
});
const desc = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
assert.deepStrictEqual(desc, { value: 20, writable: false, enumerable: true, configurable: false });
class MyException extends DOMException {}
const my = new MyException('x', 'SyntaxError');
assert.strictEqual(my.code, 12);
assert.ok(my instanceof DOMException);

// structuredClone keeps name, message and stack, and nothing else.
my.extra = 1;
const cloned = structuredClone(my);
assert.ok(cloned instanceof DOMException);
assert.ok(!(cloned instanceof MyException));
assert.strictEqual(cloned.name, 'SyntaxError');
assert.strictEqual(cloned.message, 'x');
assert.strictEqual(cloned.code, 12);
assert.strictEqual(cloned.stack, my.stack);
assert.strictEqual(cloned.extra, undefined);
assert.ok(Error.isError(cloned));
