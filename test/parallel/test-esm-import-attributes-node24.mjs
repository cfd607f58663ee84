// Import attributes as node 24 checks them: `with` only (the old `assert` form is
// a SyntaxError, and an `assert` option of import() is ignored), unknown keys
// rejected before the module is loaded, the type checked against its format.
import '../common/index.js';
import assert from 'node:assert';

const json = 'data:application/json,""';
const js = 'data:text/javascript,export{}';
await assert.rejects(import(json, { assert: { type: 'json' } }), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING' });
await assert.rejects(import(`data:text/javascript,import${JSON.stringify(json)}assert{type:"json"}`),
                     SyntaxError);
await assert.rejects(import('data:text/css,', { with: { other: 'value' } }),
                     { code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED' });
await assert.rejects(import('data:text/css,', { with: { type: 'css' } }), { code: 'ERR_UNKNOWN_MODULE_FORMAT' });
await assert.rejects(import(js, { with: { type: 'json' } }), { code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE' });
assert.strictEqual((await import(json, { with: { type: 'json' } })).default, '');
