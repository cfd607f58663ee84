'use strict';
// Module._load and Module._resolveFilename can be wrapped to intercept require, as
// proxyquire and mocking tools do; NODE_PATH folders are searched after node_modules.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');
const { run } = require('../common/child');

const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  if (request === 'virtual-module') return { virtual: true };
  return originalLoad.call(this, request, parent, isMain);
};
assert.deepStrictEqual(require('virtual-module'), { virtual: true });
Module._load = originalLoad;
assert.throws(() => require('virtual-module'), { code: 'MODULE_NOT_FOUND' });

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function(request, ...rest) {
  if (request === 'alias-to-bom') request = '../fixtures/cjs/bom';
  return originalResolve.call(this, request, ...rest);
};
assert.strictEqual(require('alias-to-bom'), 'bom');
Module._resolveFilename = originalResolve;

const nodePath = path.join(__dirname, '..', 'fixtures', 'cjs');
const r = run(['-e', 'console.log(require("bom"), require("cycle/b").b)'],
  { env: { ...process.env, NODE_PATH: nodePath }, cwd: '/' });
assert.strictEqual(r.stdout, 'bom 2\n');
