'use strict';
// With no script and a non-terminal stdin, the program is read from stdin; "-" forces it.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

let r = run([], { input: 'console.log("from stdin", process.argv.length)' });
assert.deepStrictEqual([r.code, r.stdout], [0, 'from stdin 1\n']);

r = run(['-', 'x', 'y'], { input: 'console.log(process.argv.slice(2).join(","))' });
assert.deepStrictEqual([r.code, r.stdout], [0, 'x,y\n']);

r = run([], { input: 'console.log(__filename)' });
assert.strictEqual(r.stdout, '[stdin]\n');
