'use strict';
// Module.wrapper and Module.wrap are neither enumerable nor configurable, as in node
// (jest copies every enumerable static of Module; these are not among them). A program
// may edit the wrapper array, replace it, or replace wrap: the modules compiled after
// that are wrapped with what it gave.
require('../common');
const assert = require('assert');
const fs = require('fs');
const Module = require('module');
const tmpdir = require('../common/tmpdir');

for (const key of ['wrap', 'wrapper']) {
  const d = Object.getOwnPropertyDescriptor(Module, key);
  assert.strictEqual(d.enumerable, false, key);
  assert.strictEqual(d.configurable, false, key);
  assert.ok(!Object.keys(Module).includes(key), key);
}
const head = '(function (exports, require, module, __filename, __dirname) { ';
assert.deepStrictEqual(Module.wrapper, [head, '\n});']);
assert.strictEqual(Module.wrap('x'), `${head}x\n});`);

tmpdir.refresh();
const file = (name) => {
  const p = tmpdir.resolve(`${name}.js`);
  fs.writeFileSync(p, 'module.exports = typeof injected === "undefined" ? null : injected;\n');
  return p;
};

const wrapper = Module.wrapper;
wrapper[0] = `${head}var injected = 'edited'; `;
assert.strictEqual(require(file('edited')), 'edited');
wrapper[0] = head;
assert.strictEqual(require(file('plain')), null);

const wrap = Module.wrap;
Module.wrap = (script) => wrap(`var injected = 'wrap'; ${script}`);
assert.strictEqual(require(file('wrapped')), 'wrap');
Module.wrap = wrap;

Module.wrapper = [`${head}var injected = 'replaced'; `, '\n});'];
assert.strictEqual(require(file('replaced')), 'replaced');
Module.wrapper = wrapper;
assert.strictEqual(require(file('restored')), null);
