'use strict';
// node:fs under --permission: the refused call's error (message, code, permission,
// resource as given) thrown by the synchronous form, passed to the callback or the
// promise; the few asynchronous forms node refuses by throwing; lstat's and rm's
// shorter message; what node turns off (fchmod, fchown, relative symlink targets);
// existsSync throwing while exists() answers false; realpath not checked; mkdir -p
// checking only the path asked for.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const ok = tmpdir.resolve('ok');
fs.mkdirSync(ok);
fs.writeFileSync(tmpdir.resolve('secret.txt'), 'secret');

const code = `
const fs = require('fs');
const show = (label, e) => console.log(label, e ? [e.name, e.message, e.code, e.permission, e.resource,
  Object.keys(e).join()].join('|') : 'ok');
const sync = (label, fn) => { try { fn(); show(label); } catch (e) { show(label, e); } };
const secret = '../secret.txt';
sync('readFileSync', () => fs.readFileSync(secret));
sync('readFileSync buffer', () => fs.readFileSync(Buffer.from(secret)));
sync('writeFileSync', () => fs.writeFileSync('ok/../x', 'x'));
sync('openSync r+', () => fs.openSync('ok/new', 'r+'));
sync('statSync', () => fs.statSync('/'));
sync('lstatSync', () => fs.lstatSync('/'));
sync('rmSync', () => fs.rmSync('..', { recursive: true }));
sync('renameSync', () => fs.renameSync(secret, 'ok/y'));
sync('copyFileSync', () => fs.copyFileSync('ok', secret));
sync('mkdtempSync', () => fs.mkdtempSync('../t-'));
sync('existsSync', () => fs.existsSync(secret));
sync('symlinkSync', () => fs.symlinkSync('rel', 'ok/link'));
sync('fchmodSync', () => fs.fchmodSync(0, 0o644));
sync('realpathSync', () => fs.realpathSync('..'));
sync('mkdir', () => fs.mkdir('../d', () => {}));
sync('chmod', () => fs.chmod(secret, 0o644, () => {}));
sync('utimes', () => fs.utimes(secret, 1, 1, () => {}));
sync('watch', () => fs.watch(secret));
sync('chdir', () => process.chdir('/'));
sync('readlink', () => fs.readlink(secret, () => {}));
sync('rmdir', () => fs.rmdir('../d', () => {}));
console.log('mkdir -p', fs.mkdirSync('made/deep', { recursive: true }), fs.statSync('made/deep').isDirectory());
fs.readFile(secret, (e) => show('readFile', e));
fs.stat(secret, (e) => show('stat', e));
fs.exists(secret, (exists) => console.log('exists', exists));
fs.fchown(0, 0, 0, (e) => show('fchown', e));
fs.promises.writeFile('../z', 'z').catch((e) => show('promises.writeFile', e));
fs.promises.chmod(secret, 0o644).catch((e) => show('promises.chmod', e));
fs.writeFile('ok/file', 'data', (e) => show('writeFile granted', e));
fs.rm(secret, (e) => show('rm', e));
fs.realpath('ok', (e) => show('realpath', e));
`;
const r = spawnSync(process.execPath, ['--permission', '--allow-fs-read=ok', '--allow-fs-read=made/deep',
                                       '--allow-fs-write=ok',
                     '--allow-fs-write=made/deep', '-e', code],
                    { cwd: tmpdir.path });
assert.strictEqual(r.status, 0, r.stderr.toString());
const R = 'Error|Access to this API has been restricted. Use --allow-fs-read to manage permissions.|' +
  'ERR_ACCESS_DENIED|FileSystemRead|';
const W = 'Error|Access to this API has been restricted. Use --allow-fs-write to manage permissions.|' +
  'ERR_ACCESS_DENIED|FileSystemWrite|';
const keys = '|code,permission,resource';
const top = tmpdir.path.split('/').slice(0, 2).join('/');
const lines = r.stdout.toString().trim().split('\n');
assert.deepStrictEqual(lines.slice(0, 22), [
  `readFileSync ${R}../secret.txt${keys}`,
  `readFileSync buffer ${R}../secret.txt${keys}`,
  `writeFileSync ${W}ok/../x${keys}`,
  "openSync r+ Error|ENOENT: no such file or directory, open 'ok/new'|ENOENT|||errno,code,syscall,path",
  `statSync ${R}/${keys}`,
  `lstatSync Error|Access to this API has been restricted|ERR_ACCESS_DENIED|FileSystemRead|/${keys}`,
  `rmSync Error|Access to this API has been restricted|ERR_ACCESS_DENIED|FileSystemRead|..${keys}`,
  `renameSync ${R}../secret.txt${keys}`,
  `copyFileSync ${W}../secret.txt${keys}`,
  `mkdtempSync ${W}../t-XXXXXX${keys}`,
  `existsSync ${R}../secret.txt${keys}`,
  `symlinkSync Error|relative symbolic link target|ERR_ACCESS_DENIED|||${keys.slice(1)}`,
  `fchmodSync Error|fchmod API is disabled when Permission Model is enabled.|ERR_ACCESS_DENIED|||${keys.slice(1)}`,
  'realpathSync ok',
  `mkdir ${W}../d${keys}`,
  `chmod ${W}../secret.txt${keys}`,
  `utimes ${W}../secret.txt${keys}`,
  `watch ${R}../secret.txt${keys}`,
  `chdir ${R}/${keys}`,
  `readlink ${R}../secret.txt${keys}`,
  `rmdir ${W}../d${keys}`,
  // Only the path asked for is checked, not the parents made on the way.
  'mkdir -p made true',
]);
assert.deepStrictEqual(lines.slice(22).sort(), [
  'exists false',
  `fchown Error|fchown API is disabled when Permission Model is enabled.|ERR_ACCESS_DENIED|||${keys.slice(1)}`,
  `promises.chmod ${W}../secret.txt${keys}`,
  `promises.writeFile ${W}../z${keys}`,
  `readFile ${R}../secret.txt${keys}`,
  // fs.realpath() lstats each directory from the root down: the first is refused.
  `realpath Error|Access to this API has been restricted|ERR_ACCESS_DENIED|FileSystemRead|${top}${keys}`,
  `rm Error|Access to this API has been restricted|ERR_ACCESS_DENIED|FileSystemRead|../secret.txt${keys}`,
  `stat ${R}../secret.txt${keys}`,
  'writeFile granted ok',
]);
assert.strictEqual(fs.readFileSync(tmpdir.resolve('ok/file'), 'utf8'), 'data');
tmpdir.refresh();
