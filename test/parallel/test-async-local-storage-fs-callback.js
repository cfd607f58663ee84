'use strict';
// AsyncLocalStorage reaches fs callbacks and an await on fs.promises.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
als.run('cb', () => {
  fs.stat(__filename, common.mustSucceed(() => {
    assert.strictEqual(als.getStore(), 'cb');
  }));
  fs.readFile(__filename, common.mustSucceed(() => {
    assert.strictEqual(als.getStore(), 'cb');
  }));
});
als.run('promise', async () => {
  await fs.promises.stat(__filename);
  assert.strictEqual(als.getStore(), 'promise');
}).then(common.mustCall());
assert.strictEqual(als.getStore(), undefined);
