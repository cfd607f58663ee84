// A JSON file is one object for import and require(): whichever loads it first
// puts it in require.cache, and the other finds it there.
import '../common/index.js';
import tmpdir from '../common/tmpdir.js';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

tmpdir.refresh();
const require = createRequire(import.meta.url);
const first = path.join(tmpdir.path, 'first.json');
const second = path.join(tmpdir.path, 'second.json');
fs.writeFileSync(first, '{ "value": 1 }');
fs.writeFileSync(second, '{ "value": 2 }');

const required = require(first);
required.value = 'changed by require';
const { default: imported } = await import(pathToFileURL(first), { with: { type: 'json' } });
assert.strictEqual(imported, required);
assert.strictEqual(imported.value, 'changed by require');

const { default: importedFirst } = await import(pathToFileURL(second), { with: { type: 'json' } });
assert.strictEqual(require(second), importedFirst);
assert.strictEqual(require.cache[second].exports, importedFirst);

// With a query or fragment the URL names another module, with its own object.
const { default: withQuery } = await import(`${pathToFileURL(first)}?v=2`, { with: { type: 'json' } });
assert.notStrictEqual(withQuery, required);
assert.deepStrictEqual(withQuery, { value: 1 });
