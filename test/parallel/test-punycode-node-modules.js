'use strict';
// DEP0040 is not emitted when a dependency (under node_modules) is the first to
// load punycode; the module is then cached and never warns.
const common = require('../common');
const { materialize } = require('../common/fixture-tree');
const path = require('path');
const assert = require('assert');

process.on('warning', common.mustNotCall());
assert.strictEqual(require(path.join(materialize('punycode-dep'), 'node_modules', 'dep')), 'tda');
assert.strictEqual(require('punycode').decode('tda'), 'ü');
