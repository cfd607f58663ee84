'use strict';
// An uncaught exception or unhandled rejection fails the running test, with
// failureType uncaughtException / unhandledRejection.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('async-errors.js', ['--test-reporter=tap']);
assert.strictEqual(stdout, `TAP version 13
# Subtest: async throw
not ok 1 - async throw
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/async-errors.js:4:1'
  failureType: 'uncaughtException'
  error: 'thrown later'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: rejection
not ok 2 - rejection
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/async-errors.js:5:1'
  failureType: 'unhandledRejection'
  error: 'not handled'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: next
ok 3 - next
  ---
  duration_ms: *
  type: 'test'
  ...
1..3
# tests 3
# suites 0
# pass 1
# fail 2
# cancelled 0
# skipped 0
# todo 0
# duration_ms *
`);
assert.strictEqual(code, 1);
