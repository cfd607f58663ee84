'use strict';
// Under `eddy --test` a failure's error is printed as node's runner prints the
// error it gets back from the file's process: a plain error with the original's
// properties, so an assertion's actual and expected values show in full.
require('../common');
const assert = require('assert');
const { runFixture } = require('../common/test-runner-output');

const { code, stdout } = runFixture('deep-fail.test.js', ['--test', '--test-reporter=spec']);
assert.match(stdout, /\n {4}actual: \{ a: 1, b: \[ 1, 2 \] \},\n {4}expected: \{ a: 1, b: \[ 1, 3 \] \},\n/);
assert.strictEqual(code, 1);
// Run directly, the AssertionError's own inspect keeps them short.
const direct = runFixture('deep-fail.test.js', ['--test-reporter=spec']);
assert.match(direct.stdout, /\n {4}actual: \[Object\],\n {4}expected: \[Object\],\n/);
