'use strict';
// eddy --test with no file finds node's default patterns (*.test.*, *-test.*,
// *_test.*, test-*.*, test/**), skipping node_modules and other files.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');
const { mask } = require('../common/test-runner-output');
const { materialize } = require('../common/fixture-tree');

const r = run(['--test', '--test-concurrency=1'], { cwd: materialize('test-runner', 'discovery') });
assert.strictEqual(mask(r.stdout), `✔ ran a.test.js (*ms)
✔ ran f.test.mjs (*ms)
✔ ran lib/d_test.cjs (*ms)
✔ ran lib/e-test.js (*ms)
✔ ran test-c.js (*ms)
✔ ran test/b.js (*ms)
ℹ tests 6
ℹ suites 0
ℹ pass 6
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(r.code, 0);
