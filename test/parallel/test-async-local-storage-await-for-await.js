'use strict';
// `for await` loops and async generators keep the store of the context they run
// in; a generator resumed by next() sees the store of its caller, as in node.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const { Readable } = require('stream');

const als = new AsyncLocalStorage();
const other = { id: 'other' };

async function* source() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => als.run(other, () => setTimeout(resolve, 1)));
    yield i;
  }
}

als.run({ id: 1 }, common.mustCall(async () => {
  const seen = [];
  for await (const x of source()) {
    assert.strictEqual(als.getStore().id, 1);
    seen.push(x);
  }
  assert.strictEqual(als.getStore().id, 1);
  for await (const x of source()) seen.push(x);
  assert.strictEqual(als.getStore().id, 1);
  assert.deepStrictEqual(seen, [0, 1, 2, 0, 1, 2]);

  const chunks = [];
  for await (const chunk of Readable.from(['a', 'b'])) {
    assert.strictEqual(als.getStore().id, 1);
    chunks.push(chunk);
  }
  assert.deepStrictEqual(chunks, ['a', 'b']);
  assert.strictEqual(als.getStore().id, 1);

  // Awaits inside an async generator keep the store of the generator's caller.
  async function* gen() {
    await new Promise((resolve) => als.run(other, () => setTimeout(resolve, 1)));
    yield als.getStore();
  }
  const it = gen();
  const first = await als.run({ id: 2 }, () => it.next());
  assert.strictEqual(first.value.id, 2);
  assert.strictEqual(als.getStore().id, 1);
}));

// A generator resumed after `yield` runs in the context that called next().
async function* counter() {
  yield als.getStore();
  yield als.getStore();
}
const g = als.run({ id: 'creator' }, () => counter());
als.run({ id: 'a' }, common.mustCall(async () => {
  assert.strictEqual((await g.next()).value.id, 'a');
  await als.run({ id: 'b' }, common.mustCall(async () => {
    assert.strictEqual((await g.next()).value.id, 'b');
  }));
}));
