'use strict';
// Loading Node-API addons: require() of a .node file, a second load of the same
// file (a fresh init with new exports), the napi_module_register registration
// (its init's return value becomes module.exports), an init that throws, and a
// shared object that registers nothing.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', '..', 'build', 'napi-fixtures');
if (!fs.existsSync(path.join(dir, 'legacy.node'))) common.skip('Node-API test addons are not built (run make)');

const values = require(path.join(dir, 'values.node'));
assert.strictEqual(values.typeOf(1), 'number');
assert.strictEqual(require(path.join(dir, 'values.node')), values); // the module cache

const again = { exports: {} };
process.dlopen(again, path.join(dir, 'values.node'));
assert.notStrictEqual(again.exports, values);
assert.strictEqual(again.exports.typeOf('s'), 'string');

const legacy = { exports: { old: true } };
process.dlopen(legacy, path.join(dir, 'legacy.node'));
assert.deepStrictEqual(Object.keys(legacy.exports), ['hello']);
assert.strictEqual(legacy.exports.hello(), 'legacy hello');

assert.throws(() => process.dlopen({ exports: {} }, path.join(dir, 'throws.node')), {
  name: 'RangeError',
  code: 'EINIT',
  message: 'init failed',
});

const noreg = path.join(dir, 'noreg.node');
assert.throws(() => process.dlopen({ exports: {} }, noreg), {
  name: 'Error',
  code: 'ERR_DLOPEN_FAILED',
  message: `Module did not self-register: '${noreg}'.`,
});
