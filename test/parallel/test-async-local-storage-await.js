'use strict';
// An AsyncLocalStorage store survives `await` in every kind of async function and
// in every position of an await expression, even when the awaited promise is
// settled from another store's context.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = { id: 'other' };

// A promise settled later from code running in `other`'s context.
function later(value) {
  return new Promise((resolve) => {
    als.run(other, () => setTimeout(() => resolve(value), 1));
  });
}

const obj = {
  async method(store) {
    await later();
    assert.strictEqual(als.getStore(), store);
  },
};

class C {
  async method(store) {
    await later();
    assert.strictEqual(als.getStore(), store);
  }
  static async statics(store) {
    await later();
    assert.strictEqual(als.getStore(), store);
  }
  async #priv(store) {
    await later();
    return als.getStore() === store;
  }
  async callPriv(store) {
    return await this.#priv(store);
  }
}

async function expressions(store) {
  const check = () => assert.strictEqual(als.getStore(), store);
  const sum = 1 + await later(2) + await later(3);
  assert.strictEqual(sum, 6);
  check();
  assert.strictEqual((await later([7]))[0], 7);
  check();
  assert.strictEqual(`a${await later('b')}c`, 'abc');
  check();
  const o = { f: async () => 'x' };
  assert.strictEqual(await o.f(), 'x');
  check();
  assert.strictEqual(await o?.g?.(), undefined);
  check();
  assert.strictEqual(await new Promise((r) => setTimeout(r, 1, 5)), 5);
  check();
  assert.strictEqual(await await later(4), 4);
  check();
  assert.strictEqual(await f(await later(1)), 2);
  check();
  const [a, b] = await Promise.all([later(1), later(2)]);
  assert.deepStrictEqual([a, b], [1, 2]);
  check();
  assert.strictEqual(!await later(false), true);
  check();
  assert.strictEqual(typeof await later(1), 'number');
  check();
  assert.strictEqual(await later(true) ? await later('y') : 'n', 'y');
  check();
  try {
    await Promise.reject(new Error('boom'));
  } catch (err) {
    assert.strictEqual(err.message, 'boom');
    check();
  }
  await null;
  check();
  async function f(x) {
    await later();
    check();
    return x + 1;
  }
}

async function nested(store) {
  async function inner() {
    await later();
    assert.strictEqual(als.getStore(), store);
    return 1;
  }
  await inner();
  assert.strictEqual(als.getStore(), store);
  await als.run({ id: 'inner' }, async () => {
    await later();
    assert.deepStrictEqual(als.getStore(), { id: 'inner' });
  });
  assert.strictEqual(als.getStore(), store);
}

for (const id of [1, 2]) {
  const store = { id };
  als.run(store, common.mustCall(async () => {
    await obj.method(store);
    await new C().method(store);
    await C.statics(store);
    assert.strictEqual(await new C().callPriv(store), true);
    await expressions(store);
    await nested(store);
    const arrow = async () => { await later(); return als.getStore(); };
    assert.strictEqual(await arrow(), store);
    const concise = async (x) => await later(x);
    await concise();
    assert.strictEqual(als.getStore(), store);
  }));
}
