// Flags: --experimental-webstorage
'use strict';
// Storage's methods: values and keys as strings, key(index) with WebIDL's
// unsigned long index, node's errors for missing arguments, a wrong `this` and
// the constructor, and the prototype's shape.
require('../common');
const assert = require('node:assert');

const s = sessionStorage;
s.clear();

s.setItem('a', 1);
s.setItem(null, undefined);
assert.strictEqual(s.getItem('a'), '1');
assert.strictEqual(s.getItem(null), 'undefined');
assert.strictEqual(s.getItem('nothing'), null);
s.setItem('\ud800', 'lone\udc00');
assert.strictEqual(s.getItem('\ud800'), 'lone\udc00');
s.removeItem('\ud800');

// key(): ToUint32 of the index ('x' and NaN are 0; -1 is 2^32 - 1).
assert.strictEqual(s.key(0), 'a');
assert.strictEqual(s.key('1'), 'null');
assert.strictEqual(s.key(NaN), 'a');
assert.strictEqual(s.key(1.9), 'null');
assert.strictEqual(s.key(2 ** 32 + 1), 'null');
assert.strictEqual(s.key(-1), null);
assert.strictEqual(s.key(3), null);

s.removeItem('a');
assert.strictEqual(s.length, 1);
s.clear();
assert.strictEqual(s.length, 0);

for (const [method, args, needed] of [
  ['getItem', [], 1], ['key', [], 1], ['removeItem', [], 1], ['setItem', ['k'], 2],
]) {
  assert.throws(() => s[method](...args), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: `Failed to execute '${method}' on 'Storage': ${needed} argument${needed === 1 ? '' : 's'} required`,
  });
}
assert.throws(() => s.setItem(Symbol(), 'v'), {
  name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => Storage.prototype.getItem.call({}, 'a'), {
  name: 'TypeError', message: 'Illegal invocation',
});
for (const make of [() => new Storage(), () => Storage()]) {
  assert.throws(make, { name: 'Error', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
}

assert.ok(s instanceof Storage);
assert.strictEqual(Object.getPrototypeOf(s), Storage.prototype);
assert.strictEqual(Object.prototype.toString.call(s), '[object Object]');
assert.deepStrictEqual(Object.getOwnPropertyNames(Storage.prototype),
                       ['length', 'clear', 'getItem', 'key', 'removeItem', 'setItem', 'constructor']);
const length = Object.getOwnPropertyDescriptor(Storage.prototype, 'length');
assert.strictEqual(length.enumerable, true);
assert.strictEqual(length.configurable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(Storage.prototype, 'getItem').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(Storage.prototype, 'constructor').enumerable, false);

// The quota: 10 MB of UTF-16 keys and values. A write past it throws node's
// DOMException and changes nothing.
const half = 'a'.repeat(2.5 * 1024 * 1024); // 5 MB
s.setItem('k', half);
s.setItem('', half.slice(1)); // up to 2 bytes short of the quota
assert.throws(() => s.setItem('k', `${half}ab`), {
  name: 'QuotaExceededError', code: 22, message: 'Setting the value exceeded the quota',
});
assert.ok(s.getItem('k') === half);
assert.throws(() => { s.z = 'x'; }, DOMException);
assert.strictEqual(s.length, 2);
s.removeItem('k');
s.z = 'x';
assert.strictEqual(s.z, 'x');
s.clear();
