'use strict';
// Callback one-shots and the stream classes, piped, with flush() and params().
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'stream me '.repeat(5000);
const ascii = (chunks) => chunks.map((c) => String.fromCharCode(...c)).join('');

zlib.gzip(text, common.mustSucceed((buf) => {
  zlib.gunzip(buf, common.mustSucceed((out) => assert.strictEqual(String.fromCharCode(...out.subarray(0, 10)), 'stream me ')));
}));
zlib.brotliCompress(text, common.mustSucceed((buf) => {
  zlib.brotliDecompress(buf, common.mustSucceed((out) => assert.strictEqual(out.length, text.length)));
}));
zlib.zstdCompress(text, common.mustSucceed((buf) => {
  zlib.zstdDecompress(buf, common.mustSucceed((out) => assert.strictEqual(out.length, text.length)));
}));

for (const [C, D] of [['Gzip', 'Gunzip'], ['Deflate', 'Inflate'], ['DeflateRaw', 'InflateRaw'],
  ['BrotliCompress', 'BrotliDecompress'], ['ZstdCompress', 'ZstdDecompress']]) {
  const c = zlib[`create${C}`]();
  const d = new zlib[D]();
  assert(c instanceof zlib[C]);
  const chunks = [];
  c.pipe(d);
  d.on('data', (chunk) => chunks.push(chunk));
  d.on('end', common.mustCall(() => {
    assert.strictEqual(ascii(chunks), 'abcdef');
    assert.strictEqual(c.bytesWritten, 6);
  }));
  c.write('abc');
  c.end('def');
}

// flush() emits what was written so far.
const def = zlib.createDeflate();
const got = [];
def.on('data', (c) => got.push(...c));
def.write('part');
def.flush(common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert(got.length > 0);
    const out = zlib.inflateSync(new Uint8Array(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(String.fromCharCode(...out), 'part');
    def.params(9, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => def.end()));
  }));
}));
