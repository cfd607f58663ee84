'use strict';
// run/exit/enterWith/disable/bind/snapshot/defaultValue/name, AsyncResource scopes
// and EventEmitterAsyncResource.
require('../common');
const assert = require('node:assert');
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId } =
  require('node:async_hooks');
const { EventEmitterAsyncResource } = require('node:events');

const als = new AsyncLocalStorage();
assert.strictEqual(als.run(1, (a, b) => a + b + als.getStore(), 2, 3), 6);
assert.strictEqual(als.run(2, () => als.exit(() => als.getStore())), undefined);
assert.strictEqual(als.run(3, () => AsyncLocalStorage.snapshot())(() => als.getStore()), 3);
assert.strictEqual(als.run(4, () => AsyncLocalStorage.bind(() => als.getStore()))(), 4);
als.enterWith(5);
assert.strictEqual(als.getStore(), 5);
als.disable();
assert.strictEqual(als.getStore(), undefined);

const other = new AsyncLocalStorage({ defaultValue: 'def', name: 'other' });
assert.strictEqual(other.getStore(), 'def');
assert.strictEqual(other.name, 'other');
assert.strictEqual(als.run(6, () => other.run(7, () => `${als.getStore()}${other.getStore()}`)), '67');

assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(triggerAsyncId(), 0);
const resource = als.run(8, () => new AsyncResource('X'));
assert.strictEqual(resource.runInAsyncScope(() => als.getStore()), 8);
assert.strictEqual(resource.runInAsyncScope(() => executionAsyncId()), resource.asyncId());
assert.strictEqual(resource.triggerAsyncId(), 1);
assert.strictEqual(resource.bind(function() { return als.getStore(); })(), 8);
assert.strictEqual(AsyncResource.bind(() => 9)(), 9);

assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new AsyncResource('X', { triggerAsyncId: -2 }), {
  code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: -2',
});
assert.throws(() => createHook({ init: 1 }), {
  code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function',
});

const ee = als.run(10, () => new EventEmitterAsyncResource({ name: 'E' }));
let seen;
ee.on('x', () => { seen = als.getStore(); });
ee.emit('x');
assert.strictEqual(seen, 10);
assert.strictEqual(typeof ee.asyncId, 'number');
