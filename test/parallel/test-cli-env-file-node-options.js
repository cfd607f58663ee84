'use strict';
// NODE_OPTIONS set by an --env-file file applies as if it came from the
// environment (the last file that sets it wins), unless the environment has its
// own NODE_OPTIONS; the file's other variables are set before any code runs.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');

tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('preload.js'), 'console.log("preloaded", process.env.FROM_FILE);');
fs.writeFileSync(tmpdir.resolve('a.env'),
                 '# options\nexport NODE_OPTIONS="--require ./preload.js --no-deprecation"\nFROM_FILE=yes\n');
fs.writeFileSync(tmpdir.resolve('b.env'), "NODE_OPTIONS='--title=from-b' # comment\n");

const code = 'console.log(process.noDeprecation, process.title === "from-b", process.execArgv.length);';
const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.FROM_FILE;

let r = run(['--env-file=a.env', '-e', code], { cwd: tmpdir.path, env });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'preloaded yes\ntrue false 3\n');

r = run(['--env-file', 'a.env', '--env-file=b.env', '-e', code], { cwd: tmpdir.path, env });
assert.strictEqual(r.stdout, 'undefined true 5\n');

r = run(['--env-file=a.env', '-e', code], { cwd: tmpdir.path, env: { ...env, NODE_OPTIONS: '' } });
assert.strictEqual(r.stdout, 'undefined false 3\n');
