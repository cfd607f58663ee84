'use strict';
// Buffer methods that hand their bytes to native code read the right bytes for
// every kind of view: pool slices, views with an offset, subclasses, views of
// resizable ArrayBuffers that grew or shrank, and detached ones.
require('../common');
const assert = require('assert');

// Pool slices and offset views.
const a = Buffer.from('hello world, hello pool'.repeat(3));
const b = a.subarray(6, 40);
assert.strictEqual(b.toString('latin1'), a.toString('latin1').slice(6, 40));
assert.strictEqual(b.toString('hex'), a.toString('hex').slice(12, 80));
assert.strictEqual(b.indexOf('hello'), 7);
assert.strictEqual(b.lastIndexOf('hello'), 17);
assert.strictEqual(b.compare(a, 6, 40), 0);
assert.strictEqual(Buffer.compare(b, a.subarray(6, 40)), 0);

// A subclass of Uint8Array and a plain Uint8Array with an offset.
class Sub extends Uint8Array {}
const ab = new ArrayBuffer(64);
const sub = new Sub(ab, 5, 40);
sub.fill(0x61);
sub[39] = 0x62;
const expected = Buffer.from(`${'a'.repeat(39)}b`, 'latin1');
assert.strictEqual(Buffer.compare(sub, expected), 0);
assert.strictEqual(expected.equals(sub), true);
assert.strictEqual(Buffer.from('xxab').indexOf(sub.subarray(38)), 2);
const buf = Buffer.from(ab, 5, 40);
assert.strictEqual(buf.write('xyz'.repeat(10), 3, 'latin1'), 30);
assert.strictEqual(Buffer.from(ab).toString('latin1', 8, 38), 'xyz'.repeat(10));

// Views of a resizable ArrayBuffer follow its size.
const rab = new ArrayBuffer(40, { maxByteLength: 80 });
const tracking = Buffer.from(rab);
const fixed = Buffer.from(rab, 4, 30);
tracking.fill('0123456789');
assert.strictEqual(tracking.toString('latin1'), '0123456789'.repeat(4));
rab.resize(60);
assert.strictEqual(tracking.length, 60);
assert.strictEqual(tracking.toString('latin1', 0, 40), '0123456789'.repeat(4));
assert.strictEqual(tracking.toString('latin1', 40).length, 20);
assert.strictEqual(fixed.toString('latin1', 0, 10), '4567890123');
rab.resize(20);
assert.strictEqual(tracking.length, 20);
assert.strictEqual(tracking.toString('latin1'), '0123456789'.repeat(2));
assert.strictEqual(tracking.indexOf('89', 10), 18);

// A detached view is empty.
const dab = new ArrayBuffer(32);
const detached = Buffer.from(dab, 2, 20);
detached.fill('z');
dab.transfer();
assert.strictEqual(detached.length, 0);
assert.strictEqual(detached.toString('latin1'), '');
assert.strictEqual(detached.indexOf('z'), -1);

// Indexes past 2 ** 31 - 1 would not fit an int32; small ones and -1 come back as
// plain numbers either way.
assert.strictEqual(Object.is(Buffer.from('abc').indexOf('d'), -1), true);
assert.strictEqual(Buffer.alloc(100).write('é', 99), 0);
assert.strictEqual(Buffer.alloc(100).write('é', 98), 2);

// Views that own their bytes (small ones inside the engine's heap, large ones in
// memory of their own) read the same before and after their .buffer is first read,
// which moves a small view's bytes.
for (const size of [40, 5000]) {
  const text = 'abcdefghij'.repeat(size / 10);
  const reference = Buffer.from(text, 'latin1');
  for (const make of [(n) => Buffer.alloc(n), (n) => Buffer.allocUnsafeSlow(n)]) {
    const fresh = make(size);
    assert.strictEqual(fresh.write(text, 'latin1'), size);
    assert.strictEqual(fresh.toString('latin1', size - 30), text.slice(size - 30));
    assert.strictEqual(fresh.buffer.byteLength >= size, true);
    assert.strictEqual(fresh.toString('hex', 0, 20), reference.toString('hex', 0, 20));
    assert.strictEqual(fresh.indexOf('jab', 20), 29);
    assert.strictEqual(Buffer.compare(fresh, reference), 0);
  }
  const plain = new Uint8Array(size);
  assert.strictEqual(reference.copy(plain), size);
  assert.strictEqual(Buffer.compare(plain, reference), 0);
  assert.strictEqual(reference.equals(plain), true);
  assert.strictEqual(plain.buffer.byteLength, size);
  assert.strictEqual(Buffer.compare(reference, plain), 0);
}
