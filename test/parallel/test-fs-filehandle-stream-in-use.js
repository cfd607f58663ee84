'use strict';
// A read stream over a FileHandle holds the handle in use: it cannot be
// transferred while the stream lives; closing the handle from the stream's 'end'
// still closes both. An explicit destroy() closes the descriptor even without
// autoClose (for a plain fd too), as node does.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

(async () => {
  const handle = await fs.promises.open(__filename);
  const stream = fs.createReadStream(null, { fd: handle, autoClose: false });
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(handle, [handle]), { name: 'DataCloneError', code: 25 });
  let text = '';
  stream.on('data', (d) => { text += d; });
  await new Promise((resolve) => stream.on('end', resolve));
  assert.strictEqual(text, fs.readFileSync(__filename, 'utf8'));
  // Without autoClose the stream ends but holds the handle until destroyed.
  assert.throws(() => port1.postMessage(handle, [handle]), { name: 'DataCloneError' });
  stream.destroy();
  await new Promise((resolve) => stream.on('close', resolve));
  // destroy() closes the handle even without autoClose (which only spares it at the end).
  await assert.rejects(handle.read(Buffer.alloc(4), 0, 4, 0), { code: 'EBADF' });
  port1.close();
  port2.close();

  const h2 = await fs.promises.open(__filename);
  h2.on('close', common.mustCall());
  const s2 = fs.createReadStream(null, { fd: h2 });
  s2.resume();
  s2.on('end', common.mustCall(() => h2.close()));
  await new Promise((resolve) => s2.on('close', resolve));

  const fd = fs.openSync(__filename, 'r');
  const s3 = fs.createReadStream(null, { fd, autoClose: false });
  s3.resume();
  await new Promise((resolve) => s3.on('end', resolve));
  fs.fstatSync(fd); // still open at the end
  s3.destroy();
  await new Promise((resolve) => s3.on('close', resolve));
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
})().then(common.mustCall());
