// JSON modules need `with { type: 'json' }`; the attribute is checked both ways.
import '../common/index.js';
import assert from 'node:assert';
import data from '../fixtures/esm/data.json' with { type: 'json' };

assert.deepStrictEqual(data, { name: 'json fixture', list: [1, 2, 3] });
const again = await import('../fixtures/esm/data.json', { with: { type: 'json' } });
assert.strictEqual(again.default, data);
assert.deepStrictEqual(Object.keys(again), ['default']);

const json = import.meta.resolve('../fixtures/esm/data.json');
const esm = import.meta.resolve('../fixtures/esm/other.mjs');
await assert.rejects(import('../fixtures/esm/data.json'), {
  code: 'ERR_IMPORT_ATTRIBUTE_MISSING',
  message: `Module "${json}" needs an import attribute of "type: json"`,
});
await assert.rejects(import('../fixtures/esm/other.mjs', { with: { type: 'json' } }), {
  code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
  message: `Module "${esm}" is not of type "json"`,
});
await assert.rejects(import('../fixtures/esm/other.mjs', { with: { type: 'css' } }), {
  code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  message: `Import attribute "type" with value "css" is not supported in ${esm}`,
});
