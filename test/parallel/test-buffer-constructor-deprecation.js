'use strict';
// Calling Buffer() (with or without new) works and warns once with DEP0005.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0005');
  assert.match(w.message, /^Buffer\(\) is deprecated due to security and usability issues/);
}));
assert.strictEqual(new Buffer(3).length, 3);
assert.strictEqual(Buffer('ab').toString(), 'ab');
assert.throws(() => Buffer(3, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (3)',
});
