'use strict';
// The TAP reporter: subtests, YAML details, plans and summary.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('basic.js', ['--test-reporter=tap']);
assert.strictEqual(stdout, `TAP version 13
# Subtest: passes
ok 1 - passes
  ---
  duration_ms: *
  type: 'test'
  ...
# Subtest: throws a string
not ok 2 - throws a string
  ---
  duration_ms: *
  type: 'test'
  location: '<dir>/basic.js:7:1'
  failureType: 'testCodeFailure'
  error: 'plain string'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: parent
    # Subtest: child one
    ok 1 - child one
      ---
      duration_ms: *
      type: 'test'
      ...
    # Subtest: child two
    ok 2 - child two # SKIP not today
      ---
      duration_ms: *
      type: 'test'
      ...
    1..2
ok 3 - parent
  ---
  duration_ms: *
  type: 'test'
  ...
# a note
# Subtest: later
ok 4 - later # TODO
  ---
  duration_ms: *
  type: 'test'
  ...
# Subtest: callback
ok 5 - callback
  ---
  duration_ms: *
  type: 'test'
  ...
# Subtest: a suite
    # Subtest: works
    ok 1 - works
      ---
      duration_ms: *
      type: 'test'
      ...
    # Subtest: todo that fails
    not ok 2 - todo that fails # TODO
      ---
      duration_ms: *
      type: 'test'
      location: '<dir>/basic.js:17:3'
      failureType: 'testCodeFailure'
      error: 'expected'
      code: 'ERR_TEST_FAILURE'
      ...
    # Subtest: inner
        # Subtest: deep
        ok 1 - deep
          ---
          duration_ms: *
          type: 'test'
          ...
        1..1
    ok 3 - inner
      ---
      duration_ms: *
      type: 'suite'
      ...
    1..3
ok 6 - a suite
  ---
  duration_ms: *
  type: 'suite'
  ...
1..6
# tests 10
# suites 2
# pass 6
# fail 1
# cancelled 0
# skipped 1
# todo 2
# duration_ms *
`);
assert.strictEqual(code, 1);
