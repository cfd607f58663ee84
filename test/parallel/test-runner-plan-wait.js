'use strict';
// A plan given as an option is checked when the test ends (it does not wait);
// t.plan(n, { wait }) waits that long, then the test is cancelled with a timeout.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('plan-wait.js');
assert.strictEqual(stdout, `✖ plan by option, unmet (*ms)
✔ plan by option, met (*ms)
✖ plan wait expires (*ms)
ℹ tests 3
ℹ suites 0
ℹ pass 1
ℹ fail 1
ℹ cancelled 1
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *

✖ failing tests:

test at plan-wait.js:4:1
✖ plan by option, unmet (*ms)
  'plan expected 1 assertions but received 0'

test at plan-wait.js:6:1
✖ plan wait expires (*ms)
  'plan timed out after 50ms with 1 assertions when expecting 2'
`);
assert.strictEqual(code, 1);
