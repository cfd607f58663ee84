'use strict';
// util.format's %d %i %f %s follow numericSeparator: from formatWithOptions' options,
// else from util.inspect.defaultOptions.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.format('%d', 1234567), '1234567');
assert.strictEqual(
  util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s %s',
                         1234567, 7654321.5, 1234.5678, 98765, 12345678n),
  '1_234_567 7_654_321 1_234.567_8 98_765 12_345_678n');

const { numericSeparator } = util.inspect.defaultOptions;
util.inspect.defaultOptions.numericSeparator = true;
try {
  assert.strictEqual(util.format('%d', 1180591620717411303424), '1.1805916207174113e+21');
  assert.strictEqual(util.format('%d %s %i', 118059162071741130342, 118059162071741130342,
                                 123123123),
                     '118_059_162_071_741_140_000 118_059_162_071_741_140_000 123_123_123');
  assert.strictEqual(util.format('%d', -1000), '-1_000');
  // An explicit option wins over the default.
  assert.strictEqual(util.formatWithOptions({ numericSeparator: false }, '%d', 1000), '1000');
} finally {
  util.inspect.defaultOptions.numericSeparator = numericSeparator;
}
