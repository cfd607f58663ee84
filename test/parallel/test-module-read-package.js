'use strict';
// Module._readPackage(dir): a non-enumerable loader internal that returns, for
// dir/package.json, the fields the loader uses (name, main, type, imports, exports,
// those present), exists and pjsonPath, in a null-prototype object.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const tmpdir = require('../common/tmpdir');

const d = Object.getOwnPropertyDescriptor(Module, '_readPackage');
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.configurable, true);
assert.ok(!Object.keys(Module).includes('_readPackage'));

tmpdir.refresh();
const full = tmpdir.resolve('full');
const typeOnly = tmpdir.resolve('type-only');
fs.mkdirSync(full);
fs.mkdirSync(typeOnly);
fs.writeFileSync(path.join(full, 'package.json'), JSON.stringify({
  name: 'p', version: '1.0.0', main: 'm.js', type: 'commonjs',
  exports: { '.': './m.js' }, imports: { '#a': './a.js' }, extra: 1,
}));
fs.writeFileSync(path.join(typeOnly, 'package.json'), '{"type":"module"}');

const fullPackage = Module._readPackage(full);
assert.strictEqual(Object.getPrototypeOf(fullPackage), null);
assert.deepStrictEqual({ ...fullPackage }, {
  name: 'p',
  main: 'm.js',
  type: 'commonjs',
  imports: { '#a': './a.js' },
  exports: { '.': './m.js' },
  exists: true,
  pjsonPath: path.join(full, 'package.json'),
});
assert.deepStrictEqual({ ...Module._readPackage(typeOnly) }, {
  type: 'module', exists: true, pjsonPath: path.join(typeOnly, 'package.json'),
});
const missing = tmpdir.resolve('missing');
assert.deepStrictEqual({ ...Module._readPackage(missing) }, {
  type: 'none', exists: false, pjsonPath: path.join(missing, 'package.json'),
});
