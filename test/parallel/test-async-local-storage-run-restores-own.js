'use strict';
// run() restores only its own store afterwards: an enterWith() of another store
// inside the callback outlives it; exit() runs with the store undefined.
require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
a.run('a1', () => {
  b.enterWith('b1');
  assert.strictEqual(a.getStore(), 'a1');
});
assert.strictEqual(a.getStore(), undefined);
assert.strictEqual(b.getStore(), 'b1');

a.run('a2', () => {
  a.enterWith('a3');
  assert.strictEqual(a.getStore(), 'a3');
});
assert.strictEqual(a.getStore(), undefined);

const c = new AsyncLocalStorage({ defaultValue: 5 });
assert.strictEqual(c.getStore(), 5);
assert.strictEqual(c.exit(() => c.getStore()), undefined);
c.run(1, () => {
  c.disable();
  assert.strictEqual(c.getStore(), 5);
});
