'use strict';
// Test runners (jest's mocked `module`) subclass Module and copy every enumerable
// static onto the subclass with plain assignment. In strict code an inherited
// read-only property (an accessor without a setter included) makes that assignment
// throw, so each enumerable static must be writable.
require('../common');
const assert = require('assert');
const M = require('module');

class Sub extends M.Module {}
for (const [key, value] of Object.entries(M.Module)) {
  Sub[key] = value;
  assert.strictEqual(Sub[key], value, key);
}

// SourceMap is loaded on first use in eddy; assigning before any read replaces it.
const { SourceMap } = M;
assert.strictEqual(typeof SourceMap, 'function');
const d = Object.getOwnPropertyDescriptor(M, 'SourceMap');
assert.strictEqual(d.enumerable, true);
M.SourceMap = 42;
assert.strictEqual(M.SourceMap, 42);
M.SourceMap = SourceMap;
assert.strictEqual(M.SourceMap, SourceMap);
