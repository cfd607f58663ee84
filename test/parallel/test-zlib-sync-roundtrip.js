'use strict';
// Every *Sync pair round-trips, with options, dictionaries and known bytes.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'hello hello hello hello '.repeat(100);
const ascii = (u8) => String.fromCharCode(...u8);
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync'],
  ['zstdCompressSync', 'zstdDecompressSync'],
];
for (const [c, d] of pairs) {
  const comp = zlib[c](text);
  assert(comp.length < text.length, c);
  assert.strictEqual(ascii(zlib[d](comp)), text, `${c} -> ${d}`);
}
assert.deepStrictEqual(Array.from(zlib.deflateSync('abc', { level: 9 })),
  [120, 218, 75, 76, 74, 6, 0, 2, 77, 1, 39]);
assert.strictEqual(zlib.gzipSync('').length, 20);
assert.strictEqual(ascii(zlib.inflateSync(zlib.deflateSync(new Uint8Array([65, 66]).buffer))), 'AB');

const dict = new Uint8Array([100, 105, 99, 116]);
const withDict = zlib.deflateSync('dict data', { dictionary: dict });
assert.strictEqual(ascii(zlib.inflateSync(withDict, { dictionary: dict })), 'dict data');
assert.throws(() => zlib.inflateSync(withDict), { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });

// Two gzip members decode as one stream.
const two = new Uint8Array([...zlib.gzipSync('ab'), ...zlib.gzipSync('cd')]);
assert.strictEqual(ascii(zlib.gunzipSync(two)), 'abcd');

const r = zlib.deflateSync('x'.repeat(1000), { info: true });
assert.strictEqual(typeof r.engine, 'object');
assert(r.buffer.length > 0);

assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32(new Uint8Array([119, 111, 114, 108, 100]), 5), 4070022707);
assert.strictEqual(zlib.Z_OK, 0);
assert.strictEqual(zlib.constants.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.constants.BROTLI_PARAM_QUALITY, 1);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes[-3], 'Z_DATA_ERROR');

const brotli = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
assert.strictEqual(ascii(zlib.brotliDecompressSync(brotli)), text);
