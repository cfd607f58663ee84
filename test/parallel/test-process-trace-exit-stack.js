'use strict';
// --trace-exit prints the stack from process.exit() down: its top frame is exit
// itself, and it counts towards --stack-trace-limit like the program's frames.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const code = 'function outer() { middle(); } function middle() { inner(); } ' +
             'function inner() { process.exit(0); } outer();';
const child = spawnSync(process.execPath, ['--trace-exit', '--stack-trace-limit=3', '-e', code],
                        { encoding: 'utf8' });
assert.strictEqual(child.status, 0);
const lines = child.stderr.trimEnd().split('\n');
assert.match(lines[0], /^\(node:\d+\) WARNING: Exited the environment with code 0$/);
assert.strictEqual(lines.length, 4);
assert.match(lines[1], /^ {4}at exit \(node:internal\//);
assert.match(lines[2], /^ {4}at inner \(/);
assert.match(lines[3], /^ {4}at middle \(/);
