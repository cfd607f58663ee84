'use strict';
// process and Buffer stay accessors when assigned (node's deprecation path for them
// in ES modules relies on it); the lazily loaded globals are accessors named
// `get <name>` until first read.
require('../common');
const assert = require('assert');
const realProcess = require('process');
const { Buffer: RealBuffer } = require('buffer');

for (const [name, real] of [['process', realProcess], ['Buffer', RealBuffer]]) {
  assert.strictEqual(globalThis[name], real);
  globalThis[name] = 'replaced';
  assert.strictEqual(globalThis[name], 'replaced');
  globalThis[name] = real;
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(typeof d.set, 'function', name);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(globalThis[name], real);
}
assert.strictEqual(Buffer.from('hi').toString('hex'), '6869');

// Not read yet in this test: still accessors with node's names.
for (const name of ['fetch', 'navigator', 'crypto', 'performance', 'atob']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (typeof d.get === 'function') assert.strictEqual(d.get.name, `get ${name}`);
  else assert.strictEqual(typeof d.value, typeof globalThis[name]);
}
