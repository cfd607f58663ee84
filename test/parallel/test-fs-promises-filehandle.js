'use strict';
// fs/promises: FileHandle read/write/readFile/writeFile/stat/truncate/sync/close.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'fh');

(async () => {
  const fh = await fsp.open(file, 'w+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesWritten } = await fh.write('hello');
  assert.strictEqual(bytesWritten, 5);
  await fh.appendFile(' world');
  const out = new Uint8Array(5);
  const r = await fh.read(out, 0, 5, 0);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer, out);
  assert.strictEqual((await fh.stat()).size, 11);
  await fh.truncate(5);
  await fh.sync();
  await fh.datasync();
  assert.strictEqual((await fh.stat()).size, 5);
  fh.on('close', common.mustCall());
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await assert.rejects(fh.stat(), { code: 'EBADF' });

  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'hello');
  await fsp.writeFile(file, (async function* () { yield 'a'; yield 'b'; })());
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'ab');
  await fsp.appendFile(file, 'c');
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'abc');
  const h = await fsp.open(file);
  assert.strictEqual(await h.readFile('utf8'), 'abc');
  await h[Symbol.asyncDispose]();
  assert.strictEqual(h.fd, -1);
  await assert.rejects(fsp.open(path.join(tmpdir.path, 'nope')), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fsp.readFile(5), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.stat(5), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
