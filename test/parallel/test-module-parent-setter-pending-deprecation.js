'use strict';
// Flags: --pending-deprecation
// Writing module.parent is DEP0144 too, and shares the one warning with reading it.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.code, 'DEP0144');
}));
module.parent = undefined;
assert.strictEqual(module.parent, undefined);
