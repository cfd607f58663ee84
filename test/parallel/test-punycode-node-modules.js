'use strict';
// DEP0040 is not emitted when a dependency (under node_modules) is the first to
// load punycode; the module is then cached and never warns.
const common = require('../common');
const fixtures = require('../common/fixtures');
const assert = require('assert');

process.on('warning', common.mustNotCall());
assert.strictEqual(require(fixtures.path('punycode-dep', 'node_modules', 'dep')), 'tda');
assert.strictEqual(require('punycode').decode('tda'), 'ü');
