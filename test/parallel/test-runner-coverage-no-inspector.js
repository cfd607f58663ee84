'use strict';
// --experimental-test-coverage without an inspector (eddy has none): the tests
// run, a warning says coverage could not be collected, and there is no report.
const common = require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

if (process.features.inspector) {
  common.skip('this runtime has an inspector');
} else {
  const { code, stdout, stderr } = runFixture('pass.test.js', ['--experimental-test-coverage']);
  assert.match(stderr, /Warning: The inspector is disabled, coverage could not be collected/);
  assert.doesNotMatch(stdout, /coverage report/);
  assert.match(stdout, /ℹ pass 1/);
  assert.strictEqual(code, 0);
}
