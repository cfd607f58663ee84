'use strict';
// The dot reporter: a mark per test, then the failures.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('basic.js', ['--test-reporter=dot']);
assert.strictEqual(stdout, `.X......X...

Failed tests:

✖ throws a string (*ms)
  'plain string'
✖ todo that fails (*ms) # TODO
  'expected'
`);
assert.strictEqual(code, 1);
