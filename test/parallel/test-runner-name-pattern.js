'use strict';
// --test-name-pattern runs the tests whose name (or an ancestor's) matches.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('names.js', ['--test-name-pattern=alpha']);
assert.strictEqual(stdout, `✔ alpha (*ms)
▶ group
  ✔ alpha inside (*ms)
✔ group (*ms)
ℹ tests 2
ℹ suites 1
ℹ pass 2
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 0);
