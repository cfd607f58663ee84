'use strict';
// crypto.randomBytes(n, cb) is a RANDOMBYTESREQUEST resource while a hook is
// enabled: its callback runs with that async id, and an exception thrown there
// reaches 'uncaughtException' still in that context, with before/after reported.
const common = require('../common');
const assert = require('node:assert');
const async_hooks = require('node:async_hooks');
const crypto = require('node:crypto');

let reqId = null;
const seen = [];
const hook = async_hooks.createHook({
  init(id, type, triggerAsyncId) {
    if (type !== 'RANDOMBYTESREQUEST') return;
    reqId = id;
    assert.strictEqual(triggerAsyncId, async_hooks.executionAsyncId());
  },
  before(id) { if (id === reqId) seen.push('before'); },
  after(id) { if (id === reqId) seen.push('after'); },
}).enable();

process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from callback');
  assert.strictEqual(async_hooks.executionAsyncId(), reqId);
  seen.push('uncaught');
}));

process.on('beforeExit', common.mustCall(() => {
  hook.disable();
  assert.deepStrictEqual(seen.sort(), ['after', 'before', 'callback', 'uncaught']);
}));

crypto.randomBytes(4, common.mustSucceed((buf) => {
  assert.strictEqual(buf.length, 4);
  assert.strictEqual(async_hooks.executionAsyncId(), reqId);
  seen.push('callback');
  throw new Error('from callback');
}));
