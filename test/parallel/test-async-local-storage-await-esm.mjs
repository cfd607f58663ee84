// In an ES module, top-level await and awaits in the module's functions keep the
// AsyncLocalStorage store.
import '../common/index.js';
import assert from 'node:assert';
import { AsyncLocalStorage } from 'node:async_hooks';

const als = new AsyncLocalStorage();
const other = { id: 'other' };
const later = (v) => new Promise((resolve) => als.run(other, () => setTimeout(resolve, 1, v)));

als.enterWith({ id: 'top' });
assert.strictEqual(await later(1), 1);
assert.strictEqual(als.getStore().id, 'top');

async function work(id) {
  await later();
  assert.strictEqual(als.getStore().id, id);
  for await (const x of [later(1), later(2)]) {
    assert.strictEqual(als.getStore().id, id);
    assert.ok(x);
  }
  return id;
}
const ids = await Promise.all(['a', 'b'].map((id) => als.run({ id }, () => work(id))));
assert.deepStrictEqual(ids, ['a', 'b']);
await later();
assert.strictEqual(als.getStore().id, 'top');
