'use strict';
// unref'd timers and immediates do not keep the loop alive.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

// The unref'd timeout is long enough that only keeping the loop alive could let it
// fire, however slow the machine.
const r = run(['-e', `
  setTimeout(() => console.log('unref timeout'), 5000).unref();
  setInterval(() => console.log('unref interval'), 10).unref();
  setImmediate(() => console.log('unref immediate')).unref();
  setTimeout(() => console.log('ref timeout'), 1);
`]);
assert.strictEqual(r.code, 0);
assert.strictEqual(r.stdout.includes('unref timeout'), false);
assert.ok(r.stdout.includes('ref timeout'));
