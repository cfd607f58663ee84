'use strict';
// fs/promises: each path operation resolves like its sync twin and rejects with
// node's errors; validation errors reject rather than throw.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const p = (n) => path.join(tmpdir.path, n);

(async () => {
  await fsp.writeFile(p('a'), 'data');
  await fsp.appendFile(p('a'), '!');
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'data!');
  await fsp.copyFile(p('a'), p('b'));
  await fsp.rename(p('b'), p('c'));
  await fsp.link(p('c'), p('d'));
  await fsp.symlink('c', p('e'));
  assert.strictEqual(await fsp.readlink(p('e')), 'c');
  assert.strictEqual(await fsp.realpath(p('e')), fs.realpathSync(p('c')));
  assert.strictEqual((await fsp.lstat(p('e'))).isSymbolicLink(), true);
  await fsp.chmod(p('c'), 0o600);
  assert.strictEqual((await fsp.stat(p('c'))).mode & 0o777, 0o600);
  await fsp.utimes(p('c'), 10, 20);
  assert.strictEqual((await fsp.stat(p('c'))).mtimeMs, 20000);
  await fsp.truncate(p('c'), 1);
  assert.strictEqual(await fsp.readFile(p('c'), 'utf8'), 'd');
  assert.strictEqual(await fsp.mkdir(p('x/y'), { recursive: true }), p('x'));
  assert.deepStrictEqual((await fsp.readdir(p('x'))), ['y']);
  const tmp = await fsp.mkdtemp(p('t-'));
  assert((await fsp.stat(tmp)).isDirectory());
  await fsp.rmdir(tmp);
  await fsp.rm(p('x'), { recursive: true });
  await fsp.unlink(p('d'));
  await fsp.access(p('a'), fs.constants.R_OK);
  assert((await fsp.statfs(tmpdir.path)).bsize > 0);

  await assert.rejects(fsp.unlink(p('nope')), {
    code: 'ENOENT', syscall: 'unlink', message: `ENOENT: no such file or directory, unlink '${p('nope')}'`,
  });
  await assert.rejects(fsp.rm(p('nope')), { code: 'ENOENT', syscall: 'lstat' });
  await assert.rejects(fsp.mkdir(p('a')), { code: 'EEXIST' });
  await assert.rejects(fsp.stat(123), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.copyFile(p('a'), p('c'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
  const d = await fsp.mkdtempDisposable(p('disp-'));
  assert(fs.existsSync(d.path));
  await d[Symbol.asyncDispose]();
  assert(!fs.existsSync(d.path));
})().then(common.mustCall());
