'use strict';
// NODE_OPTIONS applies options before the command line's; a bad one exits 9.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const env = { ...process.env, NODE_OPTIONS: '--no-warnings' };
let r = run(['-e', 'process.emitWarning("w"); setTimeout(() => {}, 1)'], { env });
assert.strictEqual(r.code, 0);
assert.strictEqual(r.stderr, '');

r = run(['-e', 'console.log(process.execArgv.length)'], { env });
assert.strictEqual(r.stdout, '2\n'); // NODE_OPTIONS is not part of execArgv

r = run(['-e', '1'], { env: { ...process.env, NODE_OPTIONS: '--no-such-flag' } });
assert.strictEqual(r.code, 9);
assert.match(r.stderr, /--no-such-flag is not allowed in NODE_OPTIONS/);
