// data: URLs as modules: JavaScript (percent-encoded or base64) and JSON.
import '../common/index.js';
import assert from 'node:assert';

const js = await import('data:text/javascript,export default 40 + 2; export const s = "a%20b";');
assert.strictEqual(js.default, 42);
assert.strictEqual(js.s, 'a b');
const b64 = await import('data:text/javascript;base64,ZXhwb3J0IGNvbnN0IHggPSAn4pyTJzs=');
assert.strictEqual(b64.x, '\u2713');
const json = await import('data:application/json,{"k":[1]}', { with: { type: 'json' } });
assert.deepStrictEqual(json.default, { k: [1] });
await assert.rejects(import('data:text/javascript,import "./relative.mjs";'), {
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
  message: 'Failed to resolve module specifier "./relative.mjs" from ' +
    '"data:text/javascript,import "./relative.mjs";": Invalid relative URL or base scheme is not hierarchical.',
});
