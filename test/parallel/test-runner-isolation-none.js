'use strict';
// --test-isolation=none: the files are loaded into the runner's own process, in
// order, and share one root: a top-level before() hook runs as soon as it is
// registered, every file's beforeEach hooks apply to every test, the tests run
// once all files are loaded, and the report has no per-file entries.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('no-isolation/a.test.js',
                                    ['--test', '--test-isolation=none', 'no-isolation/b.test.js']);
assert.strictEqual(stdout, `before a: <root>
build suite a
before b
build suite b
beforeEach a: test a
run test a
beforeEach a: test b
run test b from b.test.js
after a
▶ suite a
  ✔ test a (*ms)
✔ suite a (*ms)
▶ suite b
  ✔ test b (*ms)
✔ suite b (*ms)
ℹ tests 2
ℹ suites 2
ℹ pass 2
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(code, 0);
