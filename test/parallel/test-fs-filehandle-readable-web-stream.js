'use strict';
// FileHandle.readableWebStream(): a byte stream of the file (default and byob
// readers); the handle is locked to one stream and in use while it reads; it
// refuses a closed handle; closing the handle closes the stream; autoClose
// closes the handle at the end or on cancel.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'f.txt');
const text = 'abcdefghij'.repeat(5000);
fs.writeFileSync(file, text);

(async () => {
  const fh = await fs.promises.open(file);
  const stream = fh.readableWebStream();
  assert.throws(() => fh.readableWebStream(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is locked',
  });
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(fh, [fh]), { name: 'DataCloneError' });
  port1.close();
  port2.close();
  assert.strictEqual(await new Response(stream).text(), text);
  await fh.read(); // still open without autoClose
  await fh.close();
  assert.throws(() => fh.readableWebStream(), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The FileHandle is closed',
  });

  const byob = await fs.promises.open(file);
  const reader = byob.readableWebStream().getReader({ mode: 'byob' });
  let got = '';
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(1000));
    if (done) break;
    assert.ok(value.byteLength <= 1000);
    got += Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString();
  }
  assert.strictEqual(got, text);
  await byob.close();

  // Closing the handle closes the stream.
  const closing = await fs.promises.open(file);
  const r2 = closing.readableWebStream().getReader();
  closing.close();
  await r2.closed;

  // autoClose: at the end, and on cancel.
  const auto = await fs.promises.open(file);
  assert.strictEqual(await new Response(auto.readableWebStream({ autoClose: true })).text(), text);
  await assert.rejects(auto.read(), { code: 'EBADF' });
  const auto2 = await fs.promises.open(file);
  await auto2.readableWebStream({ autoClose: true }).cancel();
  assert.strictEqual(auto2.fd, -1);

  const bad = await fs.promises.open(file);
  assert.throws(() => bad.readableWebStream({ autoClose: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  await bad.close();
})().then(common.mustCall());
