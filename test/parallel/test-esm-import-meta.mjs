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

// resolve() names files that do not exist, and leaves other schemes alone.
assert.strictEqual(import.meta.resolve('./notfound.mjs'), `file://${path.join(import.meta.dirname, 'notfound.mjs')}`);
assert.strictEqual(import.meta.resolve('../fixtures/'), `file://${path.join(import.meta.dirname, '..', 'fixtures')}/`);
assert.strictEqual(import.meta.resolve('some://weird/protocol'), 'some://weird/protocol');
assert.throws(() => import.meta.resolve('does-not-exist'), { code: 'ERR_MODULE_NOT_FOUND' });
await assert.rejects(import('data:text/javascript,export default import.meta.resolve("does-not-exist")'), {
  code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
});
