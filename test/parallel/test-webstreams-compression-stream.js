'use strict';
// CompressionStream / DecompressionStream (globals and stream/web): every format
// round-trips; an unknown format is refused; zlib failures reject as TypeErrors
// keeping zlib's code, with zlib's error as the cause; writes do not wait for a
// reader; a decompressor whose data ended still closes.
const common = require('../common');
const assert = require('assert');
const web = require('stream/web');

assert.strictEqual(web.CompressionStream, globalThis.CompressionStream);
assert.strictEqual(web.DecompressionStream, globalThis.DecompressionStream);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream').enumerable, false);
assert.throws(() => new CompressionStream('zip'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "Failed to construct 'CompressionStream': 1st argument value 'zip' is not a valid enum value of type CompressionFormat.",
});
assert.strictEqual(Object.prototype.toString.call(new DecompressionStream('gzip')), '[object DecompressionStream]');

const text = 'hello hello hello '.repeat(100);
const collect = async (stream) => Buffer.concat(await Array.fromAsync(stream));

(async () => {
  for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli']) {
    const source = new Blob([text]).stream();
    const packed = await collect(source.pipeThrough(new CompressionStream(format)));
    assert.ok(packed.length < text.length, format);
    const unpacked = await collect(new Blob([packed]).stream().pipeThrough(new DecompressionStream(format)));
    assert.strictEqual(unpacked.toString(), text, format);
  }

  const gz = new Uint8Array(require('zlib').gzipSync('abc'));
  await assert.rejects(collect(new Blob([gz.subarray(0, 8)]).stream().pipeThrough(new DecompressionStream('gzip'))),
                       (err) => {
                         assert.strictEqual(err.name, 'TypeError');
                         assert.strictEqual(err.code, 'Z_BUF_ERROR');
                         assert.strictEqual(err.cause.code, 'Z_BUF_ERROR');
                         return true;
                       });
  await assert.rejects(collect(new Blob([new Uint8Array(8).fill(7)]).stream().pipeThrough(new DecompressionStream('deflate'))),
                       { name: 'TypeError', code: 'Z_DATA_ERROR' });

  // A write resolves with nobody reading yet.
  const writer = new CompressionStream('gzip').writable.getWriter();
  await writer.write(new TextEncoder().encode('x'));

  // The gzip data ends before the writer closes.
  const d = new DecompressionStream('gzip');
  const reader = d.readable.getReader();
  const w = d.writable.getWriter();
  await w.write(gz);
  const first = await reader.read();
  assert.strictEqual(Buffer.from(first.value).toString(), 'abc');
  await w.close();
  assert.strictEqual((await reader.read()).done, true);
})().then(common.mustCall());
