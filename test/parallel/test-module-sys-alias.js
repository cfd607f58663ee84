'use strict';
// node:sys is the deprecated (DEP0025) alias of node:util, and a built-in.
const common = require('../common');
const assert = require('assert');
const { builtinModules, isBuiltin } = require('module');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0025');
  assert.strictEqual(w.message, 'sys is deprecated. Use util instead.');
}));
assert.strictEqual(require('sys'), require('util'));
assert.strictEqual(require('node:sys'), require('util'));
assert.ok(isBuiltin('sys'));
assert.ok(isBuiltin('node:sys'));
assert.ok(builtinModules.includes('sys'));
