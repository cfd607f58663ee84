// module.register(): asynchronous resolve/load hooks for import, with the data
// handed to initialize(), virtual modules, a format named by the load hook,
// CommonJS source from a hook, a URL scheme only a load hook knows, the old
// importAssertions name, and node's errors for a hook that breaks the chain.
import '../common/index.js';
import assert from 'node:assert';
import { register } from 'node:module';

register('../fixtures/esm/hooks/virtual.mjs', import.meta.url, { data: { greeting: 'hi' } });
register(new URL('../fixtures/esm/hooks/incomplete.mjs', import.meta.url));

assert.strictEqual((await import('virtual:greeting')).default, 'hi');
assert.deepStrictEqual((await import('virtual:cjs')).default, { fromHook: true });
const text = await import('../fixtures/esm/hooks/as-module.txt');
assert.strictEqual(text.kind, 'text file read as a module');

register('../fixtures/esm/hooks/scheme.mjs', import.meta.url);
assert.strictEqual((await import('app://host/main.mjs')).v, 1);
await assert.rejects(import('app://host/missing.mjs'), { code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME' });

// importAssertions still works in a hook's result (with node's warning).
register('../fixtures/esm/hooks/assertions.mjs', import.meta.url);
assert.strictEqual((await import('assertions:json')).default, 1);

const hooksURL = new URL('../fixtures/esm/hooks/incomplete.mjs', import.meta.url).href;
await assert.rejects(import('broken:incomplete'), {
  code: 'ERR_LOADER_CHAIN_INCOMPLETE',
  message: `"${hooksURL} 'resolve'" did not call the next hook in its chain and did not ` +
    'explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` ' +
    "in the hook's return.",
});
await assert.rejects(import('broken:null'), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: `Expected an object to be returned from the "${hooksURL} 'resolve' hook's ` +
    'nextResolve()" function but got null.',
});
await assert.rejects(import('broken:url'), {
  code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
  message: `Expected a URL string to be returned for the "url" from the "${hooksURL} 'resolve'" ` +
    "hook but got type string ('not a url').",
});
// A bad call of nextResolve() is named after the hook it was to run: here the first
// one registered, named as register() was given it.
await assert.rejects(import('broken:next'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "../fixtures/esm/hooks/virtual.mjs \'resolve\' hook\'s nextResolve() specifier" ' +
    'property must be of type string. Received type number (42)',
});
