'use strict';
// Built-in functions that await before calling user code (stream operators,
// stream/promises pipeline, assert.rejects, events.once, timers/promises) call it
// with the store of the context that started them.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const { EventEmitter, once } = require('events');
const { Readable } = require('stream');
const { pipeline } = require('stream/promises');
const { setInterval: every } = require('timers/promises');

const als = new AsyncLocalStorage();
// Settled from another store's context.
const elsewhere = () => new Promise((resolve) => als.run({ id: 'other' }, () => setTimeout(resolve, 1)));
const id = () => als.getStore()?.id;

als.run({ id: 'map' }, common.mustCall(async () => {
  const out = await Readable.from([1, 2, 3]).map(async (x) => {
    await elsewhere();
    return id() + x;
  }).filter(async () => {
    await elsewhere();
    return id() === 'map';
  }).toArray();
  assert.deepStrictEqual(out, ['map1', 'map2', 'map3']);
  assert.strictEqual(id(), 'map');
}));

als.run({ id: 'pipe' }, common.mustCall(async () => {
  const seen = [];
  await pipeline(Readable.from(['a', 'b']), async function* (source) {
    for await (const chunk of source) {
      await elsewhere();
      yield chunk + id();
    }
  }, async (source) => {
    for await (const chunk of source) seen.push([chunk, id()]);
  });
  assert.deepStrictEqual(seen, [['apipe', 'pipe'], ['bpipe', 'pipe']]);
  assert.strictEqual(id(), 'pipe');
}));

als.run({ id: 'rejects' }, common.mustCall(async () => {
  await assert.rejects(async () => {
    await elsewhere();
    throw new Error(id());
  }, { message: 'rejects' });
  assert.strictEqual(id(), 'rejects');
}));

als.run({ id: 'once' }, common.mustCall(async () => {
  const e = new EventEmitter();
  als.run({ id: 'emitter' }, () => setTimeout(() => e.emit('go', 1), 1));
  assert.deepStrictEqual(await once(e, 'go'), [1]);
  assert.strictEqual(id(), 'once');
}));

als.run({ id: 'interval' }, common.mustCall(async () => {
  let n = 0;
  for await (const _ of every(1)) {
    assert.strictEqual(id(), 'interval');
    await elsewhere();
    if (++n === 2) break;
  }
  assert.strictEqual(id(), 'interval');
}));
