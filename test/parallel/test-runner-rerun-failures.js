'use strict';
// --test-rerun-failures FILE records each run's passing tests by location; the
// next run skips those (reporting them as passed) and t.attempt counts the runs.
// Same with --test, where the runner writes the file for all files.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

tmpdir.refresh();
const fixture = fixtures.path('test-runner', 'rerun.js');
const opts = { cwd: fixtures.path('test-runner') };
for (const extra of [[], ['--test']]) {
  const state = path.join(tmpdir.path, `state${extra.length}.json`);
  let r = run([...extra, '--test-rerun-failures', state, fixture], opts);
  assert.strictEqual(r.code, 1);
  assert.match(r.stdout, /ℹ pass 1\nℹ fail 1\n/);
  assert.deepStrictEqual(JSON.parse(fs.readFileSync(state, 'utf8')), [
    { 'rerun.js:7:1': { name: 'passes', passed_on_attempt: 0 } },
  ]);
  r = run([...extra, '--test-rerun-failures', state, fixture], opts);
  assert.strictEqual(r.code, 0);
  assert.match(r.stdout, /ℹ pass 2\nℹ fail 0\n/);
  assert.deepStrictEqual(JSON.parse(fs.readFileSync(state, 'utf8')), [
    { 'rerun.js:7:1': { name: 'passes', passed_on_attempt: 0 } },
    { 'rerun.js:7:1': { name: 'passes', passed_on_attempt: 0 },
      'rerun.js:4:1': { name: 'fails once', passed_on_attempt: 1 } },
  ]);
}
