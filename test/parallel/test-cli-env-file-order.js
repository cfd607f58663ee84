'use strict';
// Several --env-file / --env-file-if-exists files: the last file's value wins, the
// environment's own values are kept; a missing --env-file ends the process with
// exit code 9, a missing --env-file-if-exists is reported and skipped.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const first = tmpdir.resolve('first.env');
const second = tmpdir.resolve('second.env');
const missing = tmpdir.resolve('missing.env');
fs.writeFileSync(first, 'A=first\nB=first\nKEEP=file\n');
fs.writeFileSync(second, 'A=second\nC=second\n');

const print = 'console.log(JSON.stringify([process.env.A, process.env.B, process.env.C, process.env.KEEP]))';
function run(args) {
  return spawnSync(process.execPath, [...args, '-e', print], {
    env: { ...process.env, KEEP: 'env' },
    encoding: 'utf8',
  });
}

let child = run([`--env-file=${first}`, '--env-file', second]);
assert.strictEqual(child.stderr, '');
assert.deepStrictEqual(JSON.parse(child.stdout), ['second', 'first', 'second', 'env']);

child = run([`--env-file-if-exists=${missing}`, `--env-file=${first}`]);
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stderr, `${missing} not found. Continuing without it.\n`);
assert.deepStrictEqual(JSON.parse(child.stdout), ['first', 'first', null, 'env']);

child = run([`--env-file-if-exists=${first}`, `--env-file=${missing}`]);
assert.strictEqual(child.status, 9);
assert.strictEqual(child.stdout, '');
assert.match(child.stderr, /: .*missing\.env: not found\n$/);
