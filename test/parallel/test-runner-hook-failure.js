'use strict';
// A failing before hook fails its suite and cancels the suite's tests.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('hook-failure.js', ['--test-reporter=tap']);
assert.strictEqual(stdout, `TAP version 13
# Subtest: broken
    # Subtest: x
    not ok 1 - x
      ---
      duration_ms: *
      type: 'test'
      location: '<dir>/hook-failure.js:6:3'
      failureType: 'cancelledByParent'
      error: 'test did not finish before its parent and was cancelled'
      code: 'ERR_TEST_FAILURE'
      ...
    # Subtest: y
    not ok 2 - y
      ---
      duration_ms: *
      type: 'test'
      location: '<dir>/hook-failure.js:7:3'
      failureType: 'cancelledByParent'
      error: 'test did not finish before its parent and was cancelled'
      code: 'ERR_TEST_FAILURE'
      ...
    1..2
not ok 1 - broken
  ---
  duration_ms: *
  type: 'suite'
  location: '<dir>/hook-failure.js:4:1'
  failureType: 'hookFailed'
  error: 'failed running before hook'
  code: 'ERR_TEST_FAILURE'
  ...
1..1
# tests 2
# suites 1
# pass 0
# fail 0
# cancelled 2
# skipped 0
# todo 0
# duration_ms *
`);
assert.strictEqual(code, 1);
