// The loader defines what it stores (module records' fields, errors' `url`): a
// program's accessors named `url`, `format` or `source` on Object.prototype and
// Error.prototype are never called.
import common from '../common/index.js';
import assert from 'node:assert';

for (const proto of [Object.prototype, Error.prototype]) {
  for (const key of ['url', 'format', 'source', 'status', 'meta']) {
    Object.defineProperty(proto, key, {
      get: common.mustNotCall(`get ${key}`),
      set: common.mustNotCall(`set ${key}`),
      configurable: true,
    });
  }
}

const ns = await import('data:text/javascript,export const x = 1;');
assert.strictEqual(ns.x, 1);
await assert.rejects(import('./does-not-exist.mjs'), (err) => {
  assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
  assert.ok(Object.hasOwn(err, 'url'));
  return true;
});
