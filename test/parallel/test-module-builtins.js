'use strict';
// node:module's builtin list, isBuiltin, wrap, _nodeModulePaths, createRequire.
require('../common');
const assert = require('assert');
const Module = require('module');
const path = require('path');

assert.strictEqual(require('node:path'), require('path'));
assert.strictEqual(require('node:module'), Module);
assert.strictEqual(Module.Module, Module);
assert.ok(Module.builtinModules.includes('events'));
assert.ok(Module.builtinModules.includes('path'));
assert.ok(!Module.builtinModules.some((m) => m.startsWith('internal/')));
assert.strictEqual(Module.isBuiltin('events'), true);
assert.strictEqual(Module.isBuiltin('node:events'), true);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.wrap('x'),
  '(function (exports, require, module, __filename, __dirname) { x\n});');
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b/c'),
  ['/a/node_modules/b/c/node_modules', '/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);

const req = Module.createRequire(path.join(__dirname, '..', 'fixtures', 'cjs', 'x.js'));
assert.strictEqual(req('./bom'), 'bom');
assert.strictEqual(req.resolve('./meta'), path.join(__dirname, '..', 'fixtures', 'cjs', 'meta.js'));
assert.throws(() => Module.createRequire('relative/path'), { code: 'ERR_INVALID_ARG_VALUE' });

assert.deepStrictEqual(require.resolve.paths('path'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.strictEqual(require.resolve.paths('pkg')[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(typeof Module._load, 'function');
assert.strictEqual(typeof Module._resolveFilename, 'function');
assert.strictEqual(typeof Module.prototype._compile, 'function');
assert.deepStrictEqual(Object.keys(Module._extensions), ['.js', '.json', '.node']);
