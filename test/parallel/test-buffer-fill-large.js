'use strict';
// Buffer.alloc(size, fill) and buf.fill over ranges much larger than the pattern:
// the pattern repeats from the start of the range to its last byte, whatever the
// pattern's length and encoding, and bytes outside the range stay as they were.
require('../common');
const assert = require('assert');

function checkPattern(buf, pattern, start, end) {
  const p = pattern.length;
  // Every byte near the edges and at a spread of positions inside.
  const positions = [];
  for (let i = start; i < Math.min(end, start + 64); i++) positions.push(i);
  for (let i = Math.max(start, end - 64); i < end; i++) positions.push(i);
  for (let k = 1; k < 1000; k++) positions.push(start + Math.floor((end - start) * k / 1000));
  for (const i of positions) {
    assert.strictEqual(buf[i], pattern[(i - start) % p], `byte ${i}`);
  }
}

const MB = 1024 * 1024;
const big = Buffer.alloc(10 * MB + 5, 'abcdefgh');
assert.strictEqual(big.length, 10 * MB + 5);
checkPattern(big, Buffer.from('abcdefgh'), 0, big.length);
assert.strictEqual(big.toString('latin1', big.length - 5), 'abcde');

// A pattern length that does not divide the size.
const odd = Buffer.alloc(3 * MB + 1, 'xyz');
checkPattern(odd, Buffer.from('xyz'), 0, odd.length);

// Encoded patterns.
checkPattern(Buffer.alloc(MB + 3, 'deadbeef01', 'hex'), Buffer.from('deadbeef01', 'hex'), 0, MB + 3);
checkPattern(Buffer.alloc(MB + 7, 'AAEC/w==', 'base64'), Buffer.from([0, 1, 2, 255]), 0, MB + 7);
checkPattern(Buffer.alloc(MB + 1, '€', 'utf16le'), Buffer.from('€', 'utf16le'), 0, MB + 1);
checkPattern(Buffer.alloc(MB + 2, 'é'), Buffer.from('é'), 0, MB + 2);
// A multi-byte Buffer or Uint8Array as the fill value.
checkPattern(Buffer.alloc(MB, Buffer.from([1, 2, 3, 4, 5])), Buffer.from([1, 2, 3, 4, 5]), 0, MB);
checkPattern(Buffer.alloc(MB, new Uint8Array([9, 8, 7])), Buffer.from([9, 8, 7]), 0, MB);

// A range inside a larger buffer: the pattern starts at the range's start.
const ranged = Buffer.alloc(2 * MB);
ranged.fill('0123456789', 1000, 2 * MB - 1000);
checkPattern(ranged, Buffer.from('0123456789'), 1000, 2 * MB - 1000);
for (const i of [0, 999, 2 * MB - 1000, 2 * MB - 1]) assert.strictEqual(ranged[i], 0);

// Zero-filled allocations of any size read as zeros everywhere.
const zeros = Buffer.alloc(16 * MB);
for (let i = 0; i < zeros.length; i += 4093) assert.strictEqual(zeros[i], 0);
assert.strictEqual(zeros[zeros.length - 1], 0);
