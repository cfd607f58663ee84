'use strict';
// crypto.fips is node's deprecated (DEP0093) accessor over getFips and setFips: not
// enumerable, not configurable; reading it gives getFips() and warns once.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const d = Object.getOwnPropertyDescriptor(crypto, 'fips');
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(typeof d.set, 'function');
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.configurable, false);
assert.ok(!Object.keys(crypto).includes('fips'));

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0093');
  assert.strictEqual(warning.message, 'The crypto.fips is deprecated. Please use crypto.getFips()');
}));
assert.strictEqual(crypto.fips, crypto.getFips());
assert.strictEqual(crypto.fips, crypto.getFips());
crypto.fips = false;
assert.strictEqual(crypto.getFips(), 0);
