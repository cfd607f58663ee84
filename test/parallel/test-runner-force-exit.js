'use strict';
// --test-force-exit ends the process once the tests are done, despite open handles.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('force-exit.js', ['--test-force-exit']);
assert.strictEqual(stdout, `✔ leaves a handle open (*ms)
ℹ tests 1
ℹ suites 0
ℹ pass 1
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 0);
