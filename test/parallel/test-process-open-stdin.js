'use strict';
// process.openStdin() resumes process.stdin and returns it.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const stdin = process.openStdin();
  assert.strictEqual(stdin, process.stdin);
  stdin.on('data', (data) => process.stdout.write(data.toString().toUpperCase()));
  return;
}

const child = spawn(process.execPath, [__filename, 'child']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'ECHO ME');
}));
child.stdin.end('echo me');
