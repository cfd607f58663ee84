'use strict';
// Buffer.alloc(size, fill) of a large size holds the fill in every byte, whatever
// the fill's kind (a one-byte string, a longer string with an encoding, a number,
// a Buffer pattern), and throws for a fill with no bytes, as for a small size.
require('../common');
const assert = require('assert');

const size = (32 << 20) + 5;

// Compares the whole buffer, a window at a time, with the pattern repeated (made
// at a small size).
function everyByteIs(buf, pattern) {
  assert.strictEqual(buf.length, size);
  const window = Buffer.alloc(pattern.length * 65536, Buffer.from(pattern));
  for (let off = 0; off < size; off += window.length) {
    const part = buf.subarray(off, off + window.length);
    assert.strictEqual(Buffer.compare(part, window.subarray(0, part.length)), 0, `at ${off}`);
  }
}

everyByteIs(Buffer.alloc(size, 'x'), [0x78]);
everyByteIs(Buffer.alloc(size, 0x41), [0x41]);
everyByteIs(Buffer.alloc(size, 'abc'), [0x61, 0x62, 0x63]);
everyByteIs(Buffer.alloc(size, 'ff00', 'hex'), [0xff, 0x00]);
everyByteIs(Buffer.alloc(size, Buffer.from([1, 2, 3, 4])), [1, 2, 3, 4]);

// A zero fill and no fill give zeroed memory.
everyByteIs(Buffer.alloc(size, 0), [0]);
everyByteIs(Buffer.alloc(size), [0]);

assert.throws(() => Buffer.alloc(size, 'zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(size, Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });

// The result is an ordinary Buffer over a whole ArrayBuffer of its own.
const b = Buffer.alloc(size, 'y');
assert.ok(b instanceof Buffer);
assert.strictEqual(b.byteOffset, 0);
assert.strictEqual(b.buffer.byteLength, size);
