'use strict';
// zlib's classes work without `new` but warn once (DEP0184); the brotli ones do
// not warn; the zstd ones are classes and throw.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const seen = [];
process.on('warning', (w) => seen.push(`${w.code} ${w.message}`));

assert.ok(zlib.Gzip() instanceof zlib.Gzip);
assert.ok(zlib.Deflate() instanceof zlib.Deflate);
assert.ok(zlib.BrotliCompress() instanceof zlib.BrotliCompress);
assert.throws(() => zlib.ZstdCompress(), {
  name: 'TypeError', message: "Class constructor ZstdCompress cannot be invoked without 'new'",
});

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, ["DEP0184 Instantiating Gzip without the 'new' keyword has been deprecated."]);
}));
