// Flags: --experimental-webstorage
'use strict';
// A Storage's items are its own properties (WebIDL's named properties): assigning
// stores a string, reading gets it back, delete removes it, `in` and Object.keys
// see it; names on the prototype chain keep their meaning even when stored.
require('../common');
const assert = require('node:assert');

const s = sessionStorage;
s.clear();

s.b = 2;
s.a = { toString() { return 'one'; } };
s[3] = 'three';
assert.strictEqual(s.getItem('b'), '2');
assert.strictEqual(s.a, 'one');
assert.strictEqual(s['3'], 'three');
assert.strictEqual(s.missing, undefined);
assert.strictEqual(s.length, 3);
assert.ok('a' in s);
assert.ok(!('zz' in s));
assert.ok(Object.hasOwn(s, 'a'));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(s, 'a'), {
  value: 'one', writable: true, enumerable: true, configurable: true,
});

// Keys come in the order of their UTF-16 code units' bytes, as node keeps them.
s.setItem('\u0100', 'x');
s.setItem('é', 'y');
assert.deepStrictEqual(Object.keys(s), ['\u0100', '3', 'a', 'b', 'é']);
assert.deepStrictEqual(JSON.parse(JSON.stringify(s)), { '\u0100': 'x', '3': 'three', 'a': 'one', 'b': '2', 'é': 'y' });

assert.strictEqual(delete s.a, true);
assert.strictEqual(s.getItem('a'), null);
assert.strictEqual(delete s.never, true);

// Stored names that the prototype has do not hide the methods, and are not
// enumerated as own properties; assigning them still stores.
s.clear();
s.setItem('getItem', 'funny');
s.key = 'too';
s.setItem('toString', 'T');
assert.strictEqual(typeof s.getItem, 'function');
assert.strictEqual(typeof s.key, 'function');
assert.strictEqual(s.toString, Object.prototype.toString);
assert.strictEqual(s.getItem('getItem'), 'funny');
assert.strictEqual(s.getItem('key'), 'too');
assert.strictEqual(s.length, 3);
assert.deepStrictEqual(Object.keys(s), []);
assert.strictEqual(Object.getOwnPropertyDescriptor(s, 'getItem'), undefined);
assert.strictEqual(delete s.getItem, true);
assert.strictEqual(s.getItem('getItem'), null);

// for-in lists the items, then the prototype's enumerable methods.
s.clear();
s.x = 1;
const seen = [];
for (const k in s) seen.push(k);
assert.deepStrictEqual(seen, ['x', 'length', 'clear', 'getItem', 'key', 'removeItem', 'setItem']);

// Object.defineProperty stores a data descriptor's value; an accessor stores nothing.
s.clear();
assert.strictEqual(Object.defineProperty(s, 'd', { value: 5 }), s);
assert.strictEqual(s.getItem('d'), '5');
assert.strictEqual(Reflect.defineProperty(s, 'acc', { get() { return 1; } }), true);
assert.strictEqual(s.getItem('acc'), null);

// Symbol-keyed properties are ordinary properties of the object, not items.
const sym = Symbol('k');
s[sym] = 'v';
assert.strictEqual(s[sym], 'v');
assert.strictEqual(s.length, 1);
assert.strictEqual(delete s[sym], true);
assert.strictEqual(s[sym], undefined);

// The storage cannot be made non-extensible.
assert.throws(() => Object.preventExtensions(s), TypeError);
s.clear();
