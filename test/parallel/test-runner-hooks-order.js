'use strict';
// Global, suite and test hooks run in node's order around each test.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('hooks.js');
assert.strictEqual(stdout, `global before
suite before
global beforeEach one
suite beforeEach one
one
suite afterEach one
global afterEach one
global beforeEach two
suite beforeEach two
two
suite afterEach two
global afterEach two
suite after
global beforeEach with subtests
t before
global beforeEach sub
t beforeEach sub
sub
global afterEach sub
global afterEach with subtests
t after
global after
▶ suite
  ✔ one (*ms)
  ✔ two (*ms)
✔ suite (*ms)
▶ with subtests
  ✔ sub (*ms)
✔ with subtests (*ms)
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
