'use strict';
// Flags: --pending-deprecation
// module.parent is DEP0144, reported once under --pending-deprecation.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0144');
  assert.strictEqual(warning.message, 'module.parent is deprecated due to accuracy issues. ' +
                     'Please use require.main to find program entry point instead.');
}));
assert.strictEqual(module.parent, null);
assert.strictEqual(module.parent, null);
