'use strict';
// Starting under --permission: the warnings node prints for the --allow-* flags and
// for a comma in --allow-fs-* (the path is taken whole), --allow-fs-* without
// --permission refused (ERR_MISSING_OPTION), the entry point and absolute -r
// preloads readable whatever the grants, and a required file or imported module
// refused unless granted.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const main = tmpdir.resolve('main.js');
const dep = tmpdir.resolve('dep.js');
const pre = tmpdir.resolve('pre.js');
const esm = tmpdir.resolve('main.mjs');
const esmDep = tmpdir.resolve('dep.mjs');
fs.writeFileSync(main, 'console.log(require("./dep.js"), process.permission.has("fs.read", __filename))');
fs.writeFileSync(dep, 'module.exports = "dep"');
fs.writeFileSync(pre, 'console.log("pre", require("fs").readFileSync(__filename, "utf8").length)');
fs.writeFileSync(esm, 'import d from "./dep.mjs"; console.log(d)');
fs.writeFileSync(esmDep, 'export default "esm dep"');

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: tmpdir.path });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

{
  const r = run(['--permission', '--allow-worker', '--allow-wasi', '--allow-child-process',
                 '--allow-fs-read=/a,/b', '-e', 'console.log(process.permission.has("fs.read", "/a,/b"))']);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'true\n');
  const warnings = r.stderr.split('\n').filter((l) => /^\(\w+:\d+\) /.test(l))
    .map((l) => l.replace(/^\(\w+:\d+\) /, ''));
  assert.deepStrictEqual(warnings, [
    'SecurityWarning: The flag --allow-child-process must be used with extreme caution. ' +
      'It could invalidate the permission model.',
    'SecurityWarning: The flag --allow-wasi must be used with extreme caution. ' +
      'It could invalidate the permission model.',
    'SecurityWarning: The flag --allow-worker must be used with extreme caution. ' +
      'It could invalidate the permission model.',
    'Warning: The --allow-fs-read CLI flag has changed. Passing a comma-separated list of paths is no longer valid. ' +
      'Documentation can be found at https://nodejs.org/api/permissions.html#file-system-permissions',
  ]);
}
{
  const r = run(['--allow-fs-write=/tmp', '-e', 'console.log(1)']);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /TypeError \[ERR_MISSING_OPTION\]: --permission is required/);
}
{
  // No warning with --permission alone.
  const r = run(['--permission', '-e', 'console.log(process.permission.has("fs.read"))']);
  assert.deepStrictEqual(r, { status: 0, stdout: 'false\n', stderr: '' });
}
{
  const r = run(['--permission', '-r', pre, main]);
  assert.strictEqual(r.status, 1);
  assert.match(r.stdout, /^pre \d+\n$/);
  assert.match(r.stderr, /Error: Access to this API has been restricted\. Use --allow-fs-read to manage permissions\./);
  assert.ok(r.stderr.includes(`resource: '${dep}'`), r.stderr);
}
assert.deepStrictEqual(run(['--permission', `--allow-fs-read=${dep}`, main]),
                       { status: 0, stdout: 'dep true\n', stderr: '' });
{
  const r = run(['--permission', esm]);
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.includes(`resource: '${esmDep}'`), r.stderr);
}
assert.deepStrictEqual(run(['--permission', `--allow-fs-read=${esmDep}`, esm]),
                       { status: 0, stdout: 'esm dep\n', stderr: '' });
tmpdir.refresh();
