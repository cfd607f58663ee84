// module.registerHooks: synchronous resolve and load hooks for import, chained
// last-registered first, and removable.
import '../common/index.js';
import assert from 'node:assert';
import { registerHooks } from 'node:module';

const seen = [];
const virtual = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'virtual:answer') return { url: 'file:///virtual/answer.mjs', shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === 'file:///virtual/answer.mjs') {
      return { format: 'module', source: 'export default 42;', shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
const tracer = registerHooks({
  load(url, context, nextLoad) {
    seen.push(url.slice(url.lastIndexOf('/') + 1));
    const result = nextLoad(url, context);
    if (url.endsWith('other.mjs')) {
      return { ...result, source: `${result.source}\nexport const patched = true;` };
    }
    return result;
  },
});

assert.strictEqual((await import('virtual:answer')).default, 42);
const other = await import('../fixtures/esm/other.mjs');
assert.strictEqual(other.patched, true);
assert.deepStrictEqual(seen, ['answer.mjs', 'other.mjs']);

tracer.deregister();
virtual.deregister();
await assert.rejects(import('virtual:again'), { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME' });

// require() goes through the hooks too.
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const requireHooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'aliased-other') {
      assert.ok(context.conditions.includes('require'));
      return nextResolve('../fixtures/esm/cjs/named.cjs', context);
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (url.endsWith('/object.cjs') || url.endsWith('/esmodule.cjs')) {
      return { ...result, source: 'module.exports = "replaced";' };
    }
    return result;
  },
});
assert.strictEqual(require('aliased-other').alpha, 'alpha');
assert.strictEqual(require('../fixtures/esm/cjs/object.cjs'), 'replaced');
requireHooks.deregister();
assert.strictEqual(require('../fixtures/esm/cjs/esmodule.cjs').named, 'named');
