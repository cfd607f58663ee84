'use strict';
// Relative requires, the module object, __filename/__dirname, `this`, require.cache.
require('../common');
const assert = require('assert');
const path = require('path');
const fixtures = require('../common/fixtures');

const meta = require('../fixtures/cjs/meta');
const file = fixtures.path('cjs', 'meta.js');
assert.strictEqual(meta.filename, file);
assert.strictEqual(meta.dirname, path.dirname(file));
assert.strictEqual(meta.id, file);
assert.strictEqual(meta.loaded, false);
assert.strictEqual(meta.thisIsExports, true);
assert.strictEqual(meta.paths0, path.join(path.dirname(file), 'node_modules'));

// The same file resolves to the same cached module.
assert.strictEqual(require(file), meta);
assert.strictEqual(require.cache[file].exports, meta);
assert.strictEqual(require.cache[file].loaded, true);

// Deleting the cache entry makes the next require load the file again.
const counter = require('../fixtures/cjs/counter');
counter();
assert.strictEqual(counter(), 2);
delete require.cache[require.resolve('../fixtures/cjs/counter')];
const fresh = require('../fixtures/cjs/counter');
assert.notStrictEqual(fresh, counter);
assert.strictEqual(fresh(), 1);

// Extensions are tried in order, directories fall back to index.js.
assert.strictEqual(require.resolve('../fixtures/cjs/meta'), file);
assert.strictEqual(require('../fixtures/cjs/dirindex'), 'dirindex');

assert.strictEqual(module.id, '.');
assert.strictEqual(require.main, module);
assert.ok(module.children.some((m) => m.id === file));
