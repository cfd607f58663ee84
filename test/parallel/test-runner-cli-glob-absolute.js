'use strict';
// eddy --test with an absolute glob: the files it matches run, named by their
// absolute paths (a relative pattern's files are named relative to cwd).
require('../common');
const assert = require('assert');
const path = require('path');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');
const { mask } = require('../common/test-runner-output');

const dir = fixtures.path('test-runner', 'abs-glob');
const r = run(['--test', '--test-reporter=spec', '--test-concurrency=1', path.join(dir, '*.mjs')],
              { cwd: fixtures.path('test-runner') });
assert.strictEqual(mask(r.stdout).split(dir).join('<dir>'), `✔ one (*ms)
✔ two (*ms)
ℹ tests 2
ℹ suites 0
ℹ pass 2
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms *
`);
assert.strictEqual(r.code, 0);

const rel = run(['--test', '--test-reporter=tap', 'abs-glob/*.mjs'], { cwd: fixtures.path('test-runner') });
assert.match(rel.stdout, /^ok 1 - one$/m);
assert.match(rel.stdout, /^ok 2 - two$/m);
