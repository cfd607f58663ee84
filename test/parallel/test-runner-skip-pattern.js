'use strict';
// --test-skip-pattern leaves out the tests whose name matches.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('names.js', ['--test-skip-pattern=/^gam/']);
assert.strictEqual(stdout, `✔ alpha (*ms)
✔ beta (*ms)
▶ group
  ✔ alpha inside (*ms)
✔ group (*ms)
ℹ tests 3
ℹ suites 1
ℹ pass 3
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 0);
