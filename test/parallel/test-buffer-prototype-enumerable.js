'use strict';
// Buffer.prototype's methods are enumerable, as node assigns them: Object.keys()
// lists them (every <enc>Slice before every <enc>Write), for-in over a Buffer sees
// them after its indices, and `constructor` alone is not enumerable. The numeric
// read/write methods stay enumerable once first used.
require('../common');
const assert = require('assert');

const proto = Buffer.prototype;
const keys = Object.keys(proto);
for (const name of ['readUInt8', 'writeDoubleBE', 'readBigInt64LE', 'copy', 'toString',
  'equals', 'compare', 'indexOf', 'includes', 'fill', 'write', 'toJSON', 'subarray',
  'slice', 'swap16', 'toLocaleString', 'parent', 'offset', 'utf8Slice', 'hexWrite']) {
  assert.ok(keys.includes(name), name);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'constructor').enumerable, false);
const nonEnumerable = Reflect.ownKeys(proto)
  .filter((k) => !Object.getOwnPropertyDescriptor(proto, k).enumerable);
assert.deepStrictEqual(nonEnumerable, ['constructor']);

const slices = keys.filter((k) => k.endsWith('Slice'));
const writes = keys.filter((k) => /^[a-z0-9]+Write$/.test(k));
assert.deepStrictEqual(slices, ['asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice',
  'hexSlice', 'ucs2Slice', 'utf8Slice']);
assert.deepStrictEqual(writes, ['asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write',
  'hexWrite', 'ucs2Write', 'utf8Write']);
assert.ok(keys.indexOf('utf8Slice') < keys.indexOf('asciiWrite'));

const buf = Buffer.from([7, 8]);
const seen = [];
for (const k in buf) seen.push(k);
assert.deepStrictEqual(seen.slice(0, 2), ['0', '1']);
assert.ok(seen.includes('readUInt16LE'));
assert.ok(seen.includes('toString'));

// After a read method ran, the descriptors are the plain data properties.
assert.strictEqual(buf.readUInt16LE(0), 0x0807);
const after = Object.getOwnPropertyDescriptor(proto, 'readUInt16LE');
assert.strictEqual(after.enumerable, true);
assert.strictEqual(after.writable, true);
assert.strictEqual(typeof after.value, 'function');
assert.deepStrictEqual(Object.keys(proto), keys);

// Every name is in place once the methods are: 95 of them, a function each but the
// two accessors.
assert.strictEqual(keys.length, 95);
for (const name of keys) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  if (name === 'parent' || name === 'offset') assert.strictEqual(typeof d.get, 'function', name);
  else assert.strictEqual(typeof d.value, 'function', name);
}
