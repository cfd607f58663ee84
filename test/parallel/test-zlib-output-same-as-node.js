'use strict';
// Compressed output next to node 24's for the same input and options. Brotli's is the
// same byte for byte (the digests below are of node's output), with node's default
// quality 11 too. Deflate's is not, and need not be: node bundles Chromium's zlib,
// whose match finder differs from zlib's own, so only the headers (which carry the
// level) match; the body must round-trip and be about as small as node's.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const zlib = require('zlib');

const lines = [];
for (let i = 0; i < 1500; i++) {
  lines.push(`{"i":${i},"path":"/api/v1/items/${(i * 7919) % 10007}","status":${[200, 201, 404][i % 3]},"ms":${(i * 37) % 997}}`);
}
const input = Buffer.from(lines.join('\n'));
assert.strictEqual(input.length, 90059);
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT } = zlib.constants;
for (const [opts, size, hash] of [
  [{}, 7557, '8ee55546a809b13b'],
  [{ params: { [BROTLI_PARAM_QUALITY]: 5 } }, 10586, '4e402e950f851696'],
  [{ params: { [BROTLI_PARAM_QUALITY]: 9, [BROTLI_PARAM_LGWIN]: 18 } }, 10480, '0bd3fcba40c5e5ff'],
  [{ params: { [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT } }, 7557, '8ee55546a809b13b'],
]) {
  const out = zlib.brotliCompressSync(input, opts);
  assert.strictEqual(out.length, size, JSON.stringify(opts));
  assert.strictEqual(digest(out), hash, JSON.stringify(opts));
  assert.deepStrictEqual(zlib.brotliDecompressSync(out), input);
}

// [function, level, node's size, node's first bytes (the header, and for gzip the
// OS and the flags byte that says which level)].
for (const [fn, inverse, level, nodeSize, head] of [
  ['gzipSync', 'gunzipSync', 1, 15892, '1f8b0800000000000403'],
  ['gzipSync', 'gunzipSync', 6, 13341, '1f8b0800000000000003'],
  ['gzipSync', 'gunzipSync', 9, 13206, '1f8b0800000000000203'],
  ['deflateSync', 'inflateSync', 1, 15880, '7801'],
  ['deflateSync', 'inflateSync', 6, 13329, '789c'],
  ['deflateSync', 'inflateSync', 9, 13194, '78da'],
  ['deflateRawSync', 'inflateRawSync', 6, 13323, ''],
]) {
  const out = zlib[fn](input, { level });
  assert.strictEqual(out.subarray(0, head.length / 2).toString('hex'), head, `${fn} ${level}`);
  assert(out.length <= nodeSize * 1.15, `${fn} ${level}: ${out.length} bytes, node ${nodeSize}`);
  assert.deepStrictEqual(zlib[inverse](out), input);
}
// The default level is 6 (Z_DEFAULT_COMPRESSION), as in node.
assert.deepStrictEqual(zlib.gzipSync(input), zlib.gzipSync(input, { level: 6 }));
assert.deepStrictEqual(zlib.deflateSync(input), zlib.deflateSync(input, { level: 6, memLevel: 8, windowBits: 15 }));
