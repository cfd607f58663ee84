'use strict';
// While an async hook is enabled, an async function resumed after an await runs
// as a PROMISE resource of its own: a new executionAsyncId, triggered by the
// awaited promise, between 'before' and 'after'.
const common = require('../common');
const assert = require('node:assert');
const async_hooks = require('node:async_hooks');

const events = [];
const types = new Map();
async_hooks.createHook({ init() {} }).enable().disable().enable();
async_hooks.createHook({
  init(id, type, triggerId) {
    types.set(id, { type, triggerId });
  },
  before(id) {
    events.push(['before', id]);
  },
  after(id) {
    events.push(['after', id]);
  },
}).enable();

async function main() {
  const initial = async_hooks.executionAsyncId();
  await 0;
  const first = async_hooks.executionAsyncId();
  assert.notStrictEqual(first, initial);
  assert.strictEqual(types.get(first).type, 'PROMISE');
  assert.deepStrictEqual(events.at(-1), ['before', first]);

  const awaited = new Promise((resolve) => setTimeout(resolve, 1));
  await awaited;
  const second = async_hooks.executionAsyncId();
  assert.notStrictEqual(second, first);
  assert.strictEqual(types.get(second).type, 'PROMISE');
  assert.strictEqual(async_hooks.triggerAsyncId(), types.get(second).triggerId);
  // The continuation after the first await ended before the second one resumed.
  const afterFirst = events.findIndex(([name, id]) => name === 'after' && id === first);
  const beforeSecond = events.findIndex(([name, id]) => name === 'before' && id === second);
  assert(afterFirst !== -1 && afterFirst < beforeSecond);
  return second;
}

main().then(common.mustCall((second) => {
  assert(events.some(([name, id]) => name === 'after' && id === second));
}));
