'use strict';
// unref'd timers and immediates do not keep the loop alive.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

// process.stdout is made first: building it lazily inside the immediate would
// otherwise delay the timers phase on a loaded machine past the 50 ms unref'd timer.
const r = run(['-e', `
  process.stdout;
  setTimeout(() => console.log('unref timeout'), 50).unref();
  setInterval(() => console.log('unref interval'), 10).unref();
  setImmediate(() => console.log('unref immediate')).unref();
  setTimeout(() => console.log('ref timeout'), 1);
`]);
assert.strictEqual(r.code, 0);
assert.strictEqual(r.stdout.includes('unref timeout'), false);
assert.ok(r.stdout.includes('ref timeout'));
