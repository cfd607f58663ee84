'use strict';
// eddy --test runs each named file in a child (one at a time here) and sums the results.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('pass.test.js', ['--test', '--test-concurrency=1', 'fail.test.js']);
assert.strictEqual(stdout, `✔ from pass.test.js (*ms)
✖ from fail.test.js (*ms)
ℹ tests 2
ℹ suites 0
ℹ pass 1
ℹ fail 1
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *

✖ failing tests:

test at fail.test.js:3:1
✖ from fail.test.js (*ms)
  'nope'
`);
assert.strictEqual(code, 1);
