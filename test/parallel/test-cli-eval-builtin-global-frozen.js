'use strict';
// -e code may make a lazy built-in global (`fs`) non-configurable before first
// reading it: reading it then still gives the module, and the property keeps its
// getter, as in node.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const r = run(['-p', `
  Object.defineProperty(globalThis, 'fs', { configurable: false });
  const d = Object.getOwnPropertyDescriptor(globalThis, 'fs');
  [fs === require('node:fs'), fs === require('node:fs'), typeof d.get, d.configurable, d.enumerable].join()`]);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'true,true,function,false,false\n');
