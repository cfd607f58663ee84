'use strict';
// --expose-gc defines a global gc(); without it there is none.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

let r = run(['--expose-gc', '-e', 'gc(); const d = Object.getOwnPropertyDescriptor(globalThis, "gc"); console.log(typeof gc, d.enumerable, d.configurable)']);
assert.strictEqual(r.stdout, 'function true false\n');
r = run(['-e', 'console.log(typeof gc)']);
assert.strictEqual(r.stdout, 'undefined\n');
r = run(['--stack-trace-limit=3', '-e', 'console.log(Error.stackTraceLimit)']);
assert.strictEqual(r.stdout, '3\n');
