'use strict';
// module.getSourceMapsSupport()/setSourceMapsSupport() and
// process.setSourceMapsEnabled() keep node's settings and validation.
require('../common');
const assert = require('assert');
const Module = require('module');

const settings = (enabled, nodeModules, generatedCode) =>
  ({ __proto__: null, enabled, nodeModules, generatedCode });

assert.deepStrictEqual(Module.getSourceMapsSupport(), settings(false, false, false));
assert.strictEqual(process.sourceMapsEnabled, false);
Module.setSourceMapsSupport(true, { nodeModules: true });
assert.deepStrictEqual(Module.getSourceMapsSupport(), settings(true, true, false));
assert.strictEqual(process.sourceMapsEnabled, true);
Module.setSourceMapsSupport(false, { generatedCode: true });
assert.deepStrictEqual(Module.getSourceMapsSupport(), settings(false, false, true));
process.setSourceMapsEnabled(true);
assert.deepStrictEqual(Module.getSourceMapsSupport(), settings(true, true, true));

for (const bad of [undefined, null, 1, {}, () => {}]) {
  assert.throws(() => Module.setSourceMapsSupport(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => Module.setSourceMapsSupport(true, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => Module.setSourceMapsSupport(true, { nodeModules: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.nodeModules" property must be of type boolean. Received type number (1)',
});
assert.throws(() => process.setSourceMapsEnabled(1), { code: 'ERR_INVALID_ARG_TYPE' });
