'use strict';
// AbortController / AbortSignal: abort(reason), static abort/timeout/any,
// throwIfAborted, onabort, trusted events and node's errors.
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
assert.strictEqual(ac.signal.aborted, false);
assert.strictEqual(ac.signal.reason, undefined);
ac.signal.onabort = common.mustCall((e) => {
  assert.strictEqual(e.type, 'abort');
  assert.strictEqual(e.isTrusted, true);
});
ac.signal.addEventListener('abort', common.mustCall());
ac.abort();
ac.abort();
assert.strictEqual(ac.signal.aborted, true);
assert.strictEqual(ac.signal.reason.name, 'AbortError');
assert.strictEqual(ac.signal.reason.message, 'This operation was aborted');
assert.strictEqual(ac.signal.reason.code, 20);
assert.ok(ac.signal.reason instanceof DOMException);
assert.throws(() => ac.signal.throwIfAborted(), (e) => e === ac.signal.reason);

const ac2 = new AbortController();
ac2.abort('why');
assert.strictEqual(ac2.signal.reason, 'why');
assert.strictEqual(AbortSignal.abort(42).reason, 42);
assert.strictEqual(AbortSignal.abort().aborted, true);

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
});
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"delay\" argument must be of type number. Received type string ('1')",
});
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}), {
  code: 'ERR_INVALID_THIS',
});
assert.deepStrictEqual(Object.getOwnPropertyNames(AbortSignal.prototype),
                       ['constructor', 'aborted', 'reason', 'throwIfAborted', 'onabort']);

// any(): follows the first source to abort; already-aborted input wins at once.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', common.mustCall());
b.abort('b');
a.abort('a');
assert.strictEqual(any.reason, 'b');
assert.strictEqual(AbortSignal.any([AbortSignal.abort('x')]).reason, 'x');

// timeout(): aborts with a TimeoutError, and an unref'd timer keeps nothing alive.
const t = AbortSignal.timeout(1);
t.onabort = common.mustCall(() => {
  assert.strictEqual(t.reason.name, 'TimeoutError');
  assert.strictEqual(t.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(t.reason.code, 23);
});
setTimeout(() => {}, 20);
AbortSignal.timeout(100000);
