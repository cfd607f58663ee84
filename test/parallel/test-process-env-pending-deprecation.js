'use strict';
// With --pending-deprecation (or NODE_PENDING_DEPRECATION=1), storing a value that is
// not a string, number or boolean in process.env warns once with DEP0104.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const code = "process.on('warning', (w) => console.log(w.code));" +
  "process.env.EDDY_A = 'x'; process.env.EDDY_B = 1; process.env.EDDY_C = true;" +
  "process.env.EDDY_D = undefined; process.env.EDDY_E = {};" +
  "console.log(process.env.EDDY_D, process.env.EDDY_E);";
const env = { ...process.env };
delete env.NODE_PENDING_DEPRECATION;

let r = run(['-e', code], { env });
assert.strictEqual(r.stdout, 'undefined [object Object]\n');
assert.strictEqual(r.stderr, '');

r = run(['--pending-deprecation', '-e', code], { env });
assert.strictEqual(r.stdout, 'undefined [object Object]\nDEP0104\n');
assert.match(r.stderr, /^\(node:\d+\) \[DEP0104\] DeprecationWarning: Assigning any value other than a string, number, or boolean to a process\.env property is deprecated\. Please make sure to convert the value to a string before setting process\.env with it\.\n/);

r = run(['-e', code], { env: { ...env, NODE_PENDING_DEPRECATION: '1' } });
assert.strictEqual(r.stdout, 'undefined [object Object]\nDEP0104\n');
