'use strict';
// Streams made one after another and side by side, with every window and memory size,
// each round-trip their data: a stream that takes over memory a closed one left
// behind (eddy keeps some for reuse) starts as clean as a new one.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from(Array.from({ length: 400 }, (_, i) => `line ${i} ${'abc'.repeat(i % 7)}\n`).join(''));

// One after another: each size of window and hash table in turn, and back.
for (let round = 0; round < 3; round++) {
  for (let memLevel = 1; memLevel <= 9; memLevel++) {
    for (const windowBits of [9, 12, 15]) {
      const opts = { memLevel, windowBits, level: (memLevel + round) % 10 };
      const packed = zlib.deflateSync(text, opts);
      assert.deepStrictEqual(zlib.inflateSync(packed, { windowBits }), text, JSON.stringify(opts));
      const raw = zlib.deflateRawSync(text.subarray(0, 100 + memLevel), opts);
      assert.deepStrictEqual(zlib.inflateRawSync(raw, { windowBits }), text.subarray(0, 100 + memLevel));
    }
  }
}

// Side by side: more streams open at once than any reuse could cover, closed in an
// order unlike the one they were opened in, then a second batch over the same memory.
function batch(n, done) {
  let left = n;
  for (let i = 0; i < n; i++) {
    const gzip = zlib.createGzip({ level: i % 10, memLevel: 1 + (i % 9) });
    const gunzip = zlib.createGunzip();
    const chunks = [];
    gunzip.on('data', (c) => chunks.push(c));
    gunzip.on('end', common.mustCall(() => {
      assert.deepStrictEqual(Buffer.concat(chunks), text.subarray(i));
      if (--left === 0) done();
    }));
    gzip.pipe(gunzip);
    setTimeout(() => gzip.end(text.subarray(i)), (n - i) % 5);
  }
}
batch(24, common.mustCall(() => {
  batch(24, common.mustCall(() => {
    // The callback forms too: inflate takes its window on the thread pool.
    let left = 10;
    for (let i = 0; i < 10; i++) {
      zlib.deflate(text, common.mustSucceed((packed) => {
        zlib.inflate(packed, common.mustSucceed((out) => {
          assert.deepStrictEqual(out, text);
          assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(out)), text);
          left--;
        }));
      }));
    }
    process.on('exit', () => assert.strictEqual(left, 0));
  }));
}));
