'use strict';
// An error thrown by a timer that a test or hook left behind, after that test or
// hook has ended, is reported as a diagnostic naming it (not as the failure of
// some other test), and the run fails.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('extraneous.js');
assert.strictEqual(stdout, `✔ leaves a timer behind (*ms)
ℹ Error: Test hook "beforeEach" at extraneous.js:4:1 generated asynchronous activity after the test ended. \
This activity created the error "Error: from hook" and would have caused the test to fail, but instead \
triggered an uncaughtException event.
ℹ Error: Test "leaves a timer behind" at extraneous.js:5:1 generated asynchronous activity after the test \
ended. This activity created the error "TypeError: late" and would have caused the test to fail, but instead \
triggered an uncaughtException event.
ℹ tests 1
ℹ suites 0
ℹ pass 1
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 1);
