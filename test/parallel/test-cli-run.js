'use strict';
// --run NAME: a script of the nearest package.json, run by /bin/sh in the package's
// directory with node_modules/.bin folders on PATH, node's NODE_RUN_* variables, and
// the arguments after `--` appended as words of their own.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'pkg');
const sub = path.join(pkg, 'sub');
const bin = path.join(pkg, 'node_modules', '.bin');
fs.mkdirSync(sub, { recursive: true });
fs.mkdirSync(bin, { recursive: true });
fs.writeFileSync(path.join(bin, 'showargs'), '#!/bin/sh\nfor a in "$@"; do echo "[$a]"; done\n', { mode: 0o755 });
const packageJson = path.join(pkg, 'package.json');
fs.writeFileSync(packageJson, JSON.stringify({
  scripts: {
    hello: 'echo hello',
    where: 'pwd',
    env: 'echo "$NODE_RUN_SCRIPT_NAME $NODE_RUN_PACKAGE_JSON_PATH"; echo "$PATH" | cut -d: -f1',
    args: 'showargs',
    fail: 'exit 3',
    notString: 42,
  },
}));

function run(args, cwd = sub) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
}

assert.strictEqual(run(['--run', 'hello']).stdout, 'hello\n');
assert.strictEqual(run(['--run', 'where']).stdout, `${pkg}\n`);
assert.strictEqual(run(['--run', 'env']).stdout, `env ${packageJson}\n${bin}\n`);
{
  const child = run(['--run', 'args', '--', '--help "hello world"', 'A', 'cost: $HOME']);
  assert.strictEqual(child.stdout, '[--help "hello world"]\n[A]\n[cost: $HOME]\n');
  assert.strictEqual(child.status, 0);
}
// Arguments before `--` are not the script's.
assert.strictEqual(run(['--run', 'args', 'A']).stdout, '');
// A failing script: exit code 1.
assert.strictEqual(run(['--run', 'fail']).status, 1);

// What is wrong with the package.json: one message, exit code 1.
{
  const child = run(['--run', 'nope']);
  assert.strictEqual(child.status, 1);
  assert.ok(child.stderr.startsWith(`Missing script: "nope" for ${packageJson}\n\nAvailable scripts are:\n` +
    '  hello: echo hello\n'), child.stderr);
}
assert.strictEqual(run(['--run', 'notString']).stderr,
                   `Script "notString" is unexpectedly not a string for ${packageJson}\n\n`);
const broken = path.join(tmpdir.path, 'broken');
fs.mkdirSync(broken);
fs.writeFileSync(path.join(broken, 'package.json'), '{bad');
assert.strictEqual(run(['--run', 'x'], broken).stderr, `Can't parse ${path.join(broken, 'package.json')}\n`);
fs.writeFileSync(path.join(broken, 'package.json'), '{"name":"x"}');
assert.strictEqual(run(['--run', 'x'], broken).stderr,
                   `Can't find "scripts" field in ${path.join(broken, 'package.json')}\n`);

// No argument.
{
  const child = run(['--run']);
  assert.strictEqual(child.status, 9);
  assert.strictEqual(child.stderr, `${process.execPath}: --run requires an argument\n`);
}
