'use strict';
// As node 24 does, a file with an only test runs just its only tests, without --test-only.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('only-implicit.js');
assert.strictEqual(stdout, `▶ only one
  ✔ sub a (*ms)
  ✔ sub b (*ms)
✔ only one (*ms)
▶ suite holding an only test
  ✔ kept (*ms)
✔ suite holding an only test (*ms)
ℹ tests 4
ℹ suites 1
ℹ pass 4
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 0);
