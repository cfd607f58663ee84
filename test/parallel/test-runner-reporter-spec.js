'use strict';
// The spec reporter (the default): results, nesting, skip/todo, diagnostics, summary and the failing tests list.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('basic.js');
assert.strictEqual(stdout, `✔ passes (*ms)
✖ throws a string (*ms)
▶ parent
  ✔ child one (*ms)
  ﹣ child two (*ms) # not today
✔ parent (*ms)
ℹ a note
✔ later (*ms) # TODO
✔ callback (*ms)
▶ a suite
  ✔ works (*ms)
  ✖ todo that fails (*ms) # TODO
  ▶ inner
    ✔ deep (*ms)
  ✔ inner (*ms)
✔ a suite (*ms)
ℹ tests 10
ℹ suites 2
ℹ pass 6
ℹ fail 1
ℹ cancelled 0
ℹ skipped 1
ℹ todo 2
ℹ duration_ms *

✖ failing tests:

test at basic.js:7:1
✖ throws a string (*ms)
  'plain string'

test at basic.js:17:3
✖ todo that fails (*ms) # TODO
  'expected'
`);
assert.strictEqual(code, 1);
