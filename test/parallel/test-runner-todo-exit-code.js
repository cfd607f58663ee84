'use strict';
// A failing todo test is reported but the process still exits 0.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('todo-only.js');
assert.strictEqual(stdout, `✖ todo failure (*ms) # not yet
✔ ok (*ms)
ℹ tests 2
ℹ suites 0
ℹ pass 1
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 1
ℹ duration_ms *

✖ failing tests:

test at todo-only.js:4:1
✖ todo failure (*ms) # not yet
  'still broken'
`);
assert.strictEqual(code, 0);
