'use strict';
// A main module whose top-level await never settles exits with code 13, which
// 'exit' listeners already receive; a code the program set is kept, without the
// warning, and --no-warnings silences it. -e modules are file:///cwd/[evalN].
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const listener = "process.on('exit', (code) => console.log(code, process.exitCode));\n";
const stuck = path.join(tmpdir.path, 'stuck.mjs');
fs.writeFileSync(stuck, `${listener}await new Promise(() => {});\n`);
const chosen = path.join(tmpdir.path, 'chosen.mjs');
fs.writeFileSync(chosen, `${listener}process.exitCode = 42;\nawait new Promise(() => {});\n`);

let r = run([stuck]);
assert.strictEqual(r.code, 13);
assert.strictEqual(r.stdout, '13 13\n');
assert.match(r.stderr, /^Warning: Detected unsettled top-level await at file:.*stuck\.mjs:2\nawait new Promise/);

r = run([chosen]);
assert.deepStrictEqual([r.code, r.stdout, r.stderr], [42, '42 42\n', '']);

r = run(['--no-warnings', stuck]);
assert.deepStrictEqual([r.code, r.stderr], [13, '']);

r = run(['--input-type=module', '-e', 'console.log(import.meta.url); await new Promise(() => {});'],
        { cwd: tmpdir.path });
assert.strictEqual(r.code, 13);
assert.strictEqual(r.stdout, `file://${fs.realpathSync(tmpdir.path)}/[eval1]\n`);
assert.match(r.stderr, /unsettled top-level await at file:.*\/\[eval1\]:1\n/);
