'use strict';
// -e runs code, -p prints its value, arguments after the code land in process.argv.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

let r = run(['-e', 'console.log(1 + 2)']);
assert.deepStrictEqual([r.code, r.stdout], [0, '3\n']);

r = run(['-p', '[1, "a", { b: 2 }]']);
assert.deepStrictEqual([r.code, r.stdout], [0, "[ 1, 'a', { b: 2 } ]\n"]);

r = run(['--print', '6 * 7']);
assert.strictEqual(r.stdout, '42\n');

r = run(['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', 'a', '--b', 'c']);
assert.strictEqual(r.stdout, '["a","--b","c"]\n');

r = run(['--eval=console.log(typeof require, typeof module, __filename)']);
assert.strictEqual(r.stdout, 'function object [eval]\n');

r = run(['-e', 'process.exitCode = 4']);
assert.strictEqual(r.code, 4);

r = run(['-e', 'throw new Error("boom")']);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /Error: boom/);
