'use strict';
// spawn: 'spawn', stdout data, then 'exit' and 'close' with the exit code; pid,
// spawnfile, spawnargs, exitCode and signalCode.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const child = spawn('sh', ['-c', 'echo hello; echo oops >&2; exit 3']);
assert.strictEqual(typeof child.pid, 'number');
assert.strictEqual(child.spawnfile, 'sh');
assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo hello; echo oops >&2; exit 3']);
assert.strictEqual(child.exitCode, null);
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
const order = [];
child.on('spawn', common.mustCall(() => order.push('spawn')));
child.on('exit', common.mustCall((code, signal) => {
  order.push('exit');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
}));
child.on('close', common.mustCall((code, signal) => {
  order.push('close');
  assert.deepStrictEqual(order, ['spawn', 'exit', 'close']);
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 3);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(out, 'hello\n');
  assert.strictEqual(err, 'oops\n');
}));

// stdin is writable and reaches the child.
const cat = spawn('cat');
let echoed = '';
cat.stdout.on('data', (d) => { echoed += d; });
cat.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(echoed, 'through stdin');
}));
cat.stdin.end('through stdin');

// cwd and env reach the child; 'ignore' and 'inherit' leave no stream.
const pwd = spawn('sh', ['-c', 'pwd; echo $EDDY_TEST_VAR'], { cwd: '/', env: { EDDY_TEST_VAR: 'v1', PATH: process.env.PATH } });
let pwdOut = '';
pwd.stdout.on('data', (d) => { pwdOut += d; });
pwd.on('close', common.mustCall(() => assert.strictEqual(pwdOut, '/\nv1\n')));
const quiet = spawn('true', [], { stdio: ['ignore', 'ignore', 'inherit'] });
assert.strictEqual(quiet.stdin, null);
assert.strictEqual(quiet.stdout, null);
assert.strictEqual(quiet.stderr, null);
assert.deepStrictEqual(quiet.stdio, [null, null, null]);
quiet.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
