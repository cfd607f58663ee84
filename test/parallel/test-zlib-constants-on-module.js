'use strict';
// node copies zlib.constants onto zlib itself, all but the BROTLI_ ones (the ZSTD_
// ones included), each non-enumerable, read-only and non-configurable.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

let copied = 0;
for (const [key, value] of Object.entries(zlib.constants)) {
  const d = Object.getOwnPropertyDescriptor(zlib, key);
  if (key.startsWith('BROTLI_')) {
    assert.strictEqual(d, undefined, key);
    continue;
  }
  assert.deepStrictEqual(d, { value, writable: false, enumerable: false, configurable: false }, key);
  copied++;
}
assert.ok(copied > 0);
assert.strictEqual(zlib.ZSTD_e_end, zlib.constants.ZSTD_e_end);
assert.strictEqual(zlib.ZSTD_c_compressionLevel, zlib.constants.ZSTD_c_compressionLevel);
assert.strictEqual(zlib.Z_OK, 0);
