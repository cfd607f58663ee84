'use strict';
// fs.openAsBlob() gives a blob read from the file when the blob is read; once the
// file has changed, reads fail with NotReadableError.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('blob.txt');
const big = tmpdir.resolve('big.txt');
const data = `${'a'.repeat(1000)}${'b'.repeat(2000)}`;
fs.writeFileSync(file, data);
fs.writeFileSync(big, 'x'.repeat(200000));

async function readStream(blob) {
  const sizes = [];
  for await (const chunk of blob.stream()) sizes.push(chunk.length);
  return sizes;
}

(async () => {
  assert.throws(() => fs.openAsBlob(tmpdir.resolve('missing')), {
    code: 'ERR_INVALID_ARG_VALUE', message: 'Unable to open file as blob',
  });

  const blob = await fs.openAsBlob(file, { type: 'Text/Plain' });
  assert.strictEqual(blob.size, 3000);
  assert.strictEqual(blob.type, 'Text/Plain');
  assert.strictEqual(await blob.text(), data);
  assert.strictEqual(await blob.slice(995, 1005).text(), data.slice(995, 1005));
  assert.strictEqual(await blob.slice(995).slice(0, 10).text(), data.slice(995, 1005));
  const combined = new Blob(['<', blob.slice(0, 2), '>']);
  assert.strictEqual(combined.size, 4);
  assert.strictEqual(await combined.text(), '<aa>');
  assert.deepStrictEqual(await readStream(blob), [3000]);
  assert.throws(() => structuredClone(blob), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: File-backed Blobs are not cloneable',
  });

  assert.deepStrictEqual(await readStream(await fs.openAsBlob(big)), [65536, 65536, 65536, 3392]);

  fs.writeFileSync(file, `${data}!`);
  const notReadable = { name: 'NotReadableError', message: 'The blob could not be read' };
  await assert.rejects(blob.text(), notReadable);
  await assert.rejects(blob.slice(0, 1).arrayBuffer(), notReadable);
  await assert.rejects(combined.bytes(), notReadable);
  await assert.rejects(readStream(blob), notReadable);
})().then(common.mustCall());
