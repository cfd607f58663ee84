// import.meta: url, filename, dirname, resolve and main.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';
import { meta, resolved, builtin } from '../fixtures/esm/meta.mjs';

const file = path.join(import.meta.dirname, '..', 'fixtures', 'esm', 'meta.mjs');
assert.strictEqual(meta.filename, file);
assert.strictEqual(meta.dirname, path.dirname(file));
assert.strictEqual(meta.url, `file://${file}`);
assert.strictEqual(meta.main, false);
assert.strictEqual(import.meta.main, true);
assert.strictEqual(Object.getPrototypeOf(meta), null);
assert.deepStrictEqual(Object.keys(meta), ['dirname', 'filename', 'main', 'resolve', 'url']);
assert.strictEqual(resolved, `file://${path.join(path.dirname(file), 'other.mjs')}`);
assert.strictEqual(builtin, 'node:path');
assert.strictEqual(import.meta.filename, path.join(import.meta.dirname, 'test-esm-import-meta.mjs'));
