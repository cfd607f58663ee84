'use strict';
// --conditions (-C) adds export conditions for both import and require(), checked
// before the defaults in the package's own key order.
require('../common');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');
const assert = require('assert');

const main = fixtures.path('esm', 'conditions', 'main.mjs');
assert.strictEqual(run([main]).stdout, 'default default\n');
assert.strictEqual(run(['--conditions=custom', main]).stdout, 'custom custom\n');
assert.strictEqual(run(['-C', 'other', main]).stdout, 'other other\n');
// The package's key order decides, not the order of the flags.
assert.strictEqual(run(['-C', 'other', '--conditions', 'custom', main]).stdout, 'custom custom\n');
