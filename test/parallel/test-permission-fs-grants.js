'use strict';
// process.permission.has() under --permission: which paths --allow-fs-read and
// --allow-fs-write grant (`*`, a trailing wildcard, a directory's subtree, a file
// or missing path alone, relative grants and references, `..` in references), the
// other scopes, and its argument checks.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('granted');
fs.mkdirSync(dir);
fs.writeFileSync(tmpdir.resolve('file.txt'), 'x');

function run(flags, code) {
  const r = spawnSync(process.execPath, ['--permission', ...flags, '-e', code], { cwd: tmpdir.path });
  assert.strictEqual(r.status, 0, r.stderr.toString());
  return r.stdout.toString().trim().split('\n');
}

// A directory grants its subtree; a file (or a path that does not exist) only itself.
const out = run([`--allow-fs-read=${dir}`, `--allow-fs-read=${tmpdir.resolve('file.txt')}`,
                 '--allow-fs-read=/no-such-dir-for-eddy', '--allow-fs-write=/example/foo*',
                 '--allow-fs-write=/home/eddy/*', '--allow-fs-write=/etc/passwd.*'], `
  const h = (s, p) => process.permission.has(s, p);
  const d = ${JSON.stringify(dir)};
  console.log([
    h('fs.read', d), h('fs.read', d + '/a/b'), h('fs.read', d + '/'), h('fs.read', d + 'x'),
    h('fs.read', d + '/../file.txt'), h('fs.read', d + '/../other'), h('fs.read', 'granted/c'),
    h('fs.read', Buffer.from(d)), h('fs.read', '/no-such-dir-for-eddy'), h('fs.read', '/no-such-dir-for-eddy/a'),
    h('fs.read'), h('fs.write'), h('fs'), h('fs.write', d),
    h('fs.write', '/example/foobar'), h('fs.write', '/example/fo'), h('fs.write', '/home/eddy'),
    h('fs.write', '/home/eddy/x/y'), h('fs.write', '/etc/passwd'), h('fs.write', '/etc/passwd.bak'),
  ].join(' '));
  console.log(['child', 'worker', 'addon', 'wasi', 'inspector', 'net', 'invalid', 'FileSystemRead']
    .map((s) => h(s)).join(' '));
`);
assert.deepStrictEqual(out, [
  'true true true false true false true true true false false false false false ' +
  'true false true true false true',
  'false false false false false false false false',
]);

// `*` grants everything of its kind; relative grants resolve against the cwd.
assert.deepStrictEqual(run(['--allow-fs-read=*', '--allow-fs-write=granted'], `
  const h = (s, p) => process.permission.has(s, p);
  console.log(h('fs.read'), h('fs.write'), h('fs'), h('fs', 'granted/x'), h('fs', 'file.txt'),
    h('fs.write', ${JSON.stringify(dir)}),
    h('fs.write', 'file.txt'), h('fs.write', './granted/../granted/y'));
`), ['true false false false false true false true']);

// The boolean grants.
assert.deepStrictEqual(run(['--allow-child-process', '--allow-worker', '--allow-addons', '--allow-wasi'], `
  console.log(['child', 'worker', 'addon', 'wasi', 'inspector'].map((s) => process.permission.has(s)).join(' '));
`), ['true true true true false']);

// Argument checks, and the property itself.
assert.deepStrictEqual(run([], `
  for (const args of [[null], ['fs', {}], ['fs', 1]]) {
    try { process.permission.has(...args); } catch (e) { console.log(e.code, e.message); }
  }
  const d = Object.getOwnPropertyDescriptor(process, 'permission');
  console.log(Object.keys(process.permission).join(), d.writable, d.enumerable, d.configurable);
`), [
  'ERR_INVALID_ARG_TYPE The "scope" argument must be of type string. Received null',
  'ERR_INVALID_ARG_TYPE The "reference" argument must be of type string. Received an instance of Object',
  'ERR_INVALID_ARG_TYPE The "reference" argument must be of type string. Received type number (1)',
  'has false true false',
]);

// Without --permission there is no process.permission.
assert.strictEqual('permission' in process, false);
tmpdir.refresh();
