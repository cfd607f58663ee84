'use strict';
// Each failure kind is reported with node's failureType and message.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('failure-kinds.js', ['--test-reporter=tap']);
assert.strictEqual(stdout, `TAP version 13
# Subtest: timeout
not ok 1 - timeout
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/failure-kinds.js:5:1'
  failureType: 'testTimeoutFailure'
  error: 'test timed out after 20ms'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: done twice
not ok 2 - done twice
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/failure-kinds.js:6:1'
  failureType: 'multipleCallbackInvocations'
  error: 'callback invoked multiple times'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: callback and promise
not ok 3 - callback and promise
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/failure-kinds.js:7:1'
  failureType: 'callbackAndPromisePresent'
  error: 'passed a callback but also returned a Promise'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: plan not met
not ok 4 - plan not met
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/failure-kinds.js:8:1'
  failureType: 'testCodeFailure'
  error: 'plan expected 2 assertions but received 1'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: subtest fails
    # Subtest: inner
    not ok 1 - inner
      ---
      duration_ms: *
      type: 'test'
      location: '<dir>/failure-kinds.js:9:46'
      failureType: 'testCodeFailure'
      error: 'inner failure'
      code: 'ERR_TEST_FAILURE'
      ...
    1..1
not ok 5 - subtest fails
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/failure-kinds.js:9:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: rejects
not ok 6 - rejects
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/failure-kinds.js:10:1'
  failureType: 'testCodeFailure'
  error: 'rejected value'
  code: 'ERR_TEST_FAILURE'
  ...
1..6
# tests 7
# suites 0
# pass 0
# fail 6
# cancelled 1
# skipped 0
# todo 0
# duration_ms *
`);
assert.strictEqual(code, 1);
