'use strict';
// A program may replace Module._stat (with an ExperimentalWarning, once) to serve
// modules that are not files: require() then asks it whether a path is a file or
// a folder, and reads and resolves the module through fs.readFileSync and
// fs.realpathSync, which the program replaces too.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.strictEqual(warning.message, 'Module._stat is an experimental feature and might change at any time');
}));

const desc = Object.getOwnPropertyDescriptor(Module, '_stat');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(Module._stat(__filename), 0);
assert.strictEqual(Module._stat(__dirname), 1);

const virtualDir = path.join(__dirname, 'no-such-folder-here');
const virtualFile = path.join(virtualDir, 'virtual.js');
const originalStat = Module._stat;
Module._stat = (filename) => {
  if (filename === virtualFile) return 0;
  if (filename === virtualDir) return 1;
  return originalStat(filename);
};
const { readFileSync, realpathSync } = fs;
fs.readFileSync = function(file, options) {
  if (file === virtualFile) return 'module.exports = { served: true };';
  return Reflect.apply(readFileSync, this, arguments);
};
fs.realpathSync = function(file, options) {
  if (file === virtualFile) return file;
  return Reflect.apply(realpathSync, this, arguments);
};
try {
  assert.deepStrictEqual(require(virtualFile), { served: true });
  assert.deepStrictEqual(require('./no-such-folder-here/virtual'), { served: true });
} finally {
  fs.readFileSync = readFileSync;
  fs.realpathSync = realpathSync;
}
Module._stat = originalStat; // a second set warns no more
