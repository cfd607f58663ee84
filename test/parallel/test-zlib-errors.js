'use strict';
// Corrupt or truncated input and bad options give node's errors.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const junk = new Uint8Array([104, 101, 108, 108, 111]);
assert.throws(() => zlib.inflateSync(junk), { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
assert.throws(() => zlib.gunzipSync(junk), { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
assert.throws(() => zlib.brotliDecompressSync(junk), { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
assert.throws(() => zlib.zstdDecompressSync(junk), {
  code: 'ZSTD_error_prefix_unknown', errno: 10, message: 'Unknown frame descriptor',
});
assert.throws(() => zlib.inflateSync(zlib.deflateSync('hello').subarray(0, 5)), {
  code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file',
});
assert.throws(() => zlib.deflateSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.deflateSync('x', { level: 10 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 10',
});
assert.throws(() => zlib.deflateSync('x', { maxOutputLength: 1 }), {
  code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 1 bytes',
});
assert.throws(() => zlib.deflateSync('x', { windowBits: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.deflate('x'), { code: 'ERR_INVALID_ARG_TYPE' });

zlib.inflate(junk, common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.message, 'incorrect header check');
}));

const inflate = zlib.createInflate();
inflate.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'Z_DATA_ERROR')));
inflate.end(junk);
