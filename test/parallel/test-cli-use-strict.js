'use strict';
// --use-strict makes -e and stdin code strict code, as V8's flag does in node (whose
// CommonJS modules, compiled as functions, stay sloppy); NODE_OPTIONS may not hold it.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');

tmpdir.refresh();
const sloppy = 'console.log((function () { return this === undefined; })() ? "strict" : "sloppy");';
fs.writeFileSync(tmpdir.resolve('main.js'), sloppy);

assert.strictEqual(run(['-e', sloppy]).stdout, 'sloppy\n');
assert.strictEqual(run(['--use-strict', '-e', sloppy]).stdout, 'strict\n');
assert.strictEqual(run(['--use-strict', '-'], { input: sloppy }).stdout, 'strict\n');
assert.strictEqual(run(['--use-strict', tmpdir.resolve('main.js')]).stdout, 'sloppy\n');
assert.strictEqual(run(['--use-strict', '-p', '']).stdout, 'undefined\n');
assert.strictEqual(run(['--use-strict', '-p', '6 * 7']).stdout, '42\n');

const undeclared = run(['--use-strict', '-e', 'x = 1']);
assert.strictEqual(undeclared.code, 1);
assert.match(undeclared.stderr, /ReferenceError/);

const env = run(['-e', '0'], { env: { ...process.env, NODE_OPTIONS: '--use-strict' } });
assert.strictEqual(env.code, 9);
assert.match(env.stderr, /: --use-strict is not allowed in NODE_OPTIONS\n$/);
