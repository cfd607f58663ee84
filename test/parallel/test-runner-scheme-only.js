'use strict';
// node:test is reachable only with the node: scheme.
require('../common');
const assert = require('assert');
const { builtinModules } = require('module');

assert.strictEqual(typeof require('node:test'), 'function');
assert.strictEqual(require('node:test').test, require('node:test'));
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.ok(!builtinModules.includes('test'));
assert.strictEqual(typeof require('node:test/reporters').tap, 'function');
