'use strict';
// options.signal aborts a test (failureType testAborted, counted as cancelled); skip/todo suites; a throwing subtest that was not awaited.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('abort-and-skip.js');
assert.strictEqual(stdout, `﹣ skipped suite (*ms) # SKIP
▶ todo suite
  ✔ inner2 (*ms) # TODO
✔ todo suite (*ms) # TODO
▶ signal
  ✖ aborted (*ms)
✖ signal (*ms)
▶ subtest not awaited
  ✖ a (*ms)
✖ subtest not awaited (*ms)
ℹ tests 5
ℹ suites 2
ℹ pass 0
ℹ fail 3
ℹ cancelled 1
ℹ skipped 0
ℹ todo 1
ℹ duration_ms *

✖ failing tests:

test at abort-and-skip.js:9:15
✖ aborted (*ms)
  DOMException [AbortError]: This operation was aborted
    failureType: 'testAborted'
  }

test at abort-and-skip.js:13:40
✖ a (*ms)
  'x'
`);
assert.strictEqual(code, 1);
