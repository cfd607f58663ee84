'use strict';
// module.isPreloading is true while -r modules load and false afterwards (and in
// a main script): a read-only accessor on Module.prototype, not an own property.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');
const { run } = require('../common/child');

assert.strictEqual(module.isPreloading, false);
assert.strictEqual(Object.hasOwn(module, 'isPreloading'), false);
assert.strictEqual(Module.isPreloading, undefined);
const desc = Object.getOwnPropertyDescriptor(Module.prototype, 'isPreloading');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, false);

const fixture = path.join(__dirname, '..', 'fixtures', 'cli', 'preload-is-preloading.js');
const r = run(['-r', fixture, '-e', 'globalThis.preloadingSeen.push(module.isPreloading)']);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'true,false,false\n');
