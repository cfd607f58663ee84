'use strict';
// Tools register loaders through Module._extensions and wrap _compile.
require('../common');
const assert = require('assert');
const Module = require('module');

const originalCompile = Module.prototype._compile;
const seen = [];
Module.prototype._compile = function(content, filename) {
  seen.push(filename);
  return originalCompile.call(this, content.replace('__REPLACED__', '42'), filename);
};
Module._extensions['.txtjs'] = Module._extensions['.js'];
try {
  const value = require('../fixtures/cjs/hooked.txtjs');
  assert.strictEqual(value, 42);
  assert.strictEqual(seen.length, 1);
  assert.ok(seen[0].endsWith('hooked.txtjs'));
} finally {
  Module.prototype._compile = originalCompile;
  delete Module._extensions['.txtjs'];
}
