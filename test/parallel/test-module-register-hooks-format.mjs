// module.registerHooks: a resolve hook's format and importAttributes decide how the
// module loads, and, as in node's module map, one file imported as JSON and as
// another format gives two modules.
import '../common/index.js';
import assert from 'node:assert';
import { registerHooks } from 'node:module';

// 42: JSON, and also a module (of one expression statement).
const json = new URL('../fixtures/esm/hooks/number.json', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'as-json') {
      return { url: json, format: 'json', importAttributes: { type: 'json' }, shortCircuit: true };
    }
    if (specifier === 'as-text-module') {
      return { url: json, format: 'module', importAttributes: {}, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});

const asJSON = await import('as-json');
const asModule = await import('as-text-module');
assert.notStrictEqual(asJSON, asModule);
assert.strictEqual(asJSON.default, 42);
assert.deepStrictEqual(Object.keys(asModule), []);
assert.strictEqual(await import(json, { with: { type: 'json' } }), asJSON);
