'use strict';
// --test-only runs only tests marked only; t.runOnly() does the same for subtests.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('only.js', ['--test-only']);
assert.strictEqual(stdout, `▶ only one
  ✔ only sub (*ms)
✔ only one (*ms)
ℹ tests 2
ℹ suites 0
ℹ pass 2
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 0);
