'use strict';
// module.builtinModules lists the ids that need no scheme, sorted, then the
// node:-only ones, as node does; it is frozen.
require('../common');
const assert = require('assert');
const { builtinModules } = require('module');

const firstScheme = builtinModules.findIndex((m) => m.startsWith('node:'));
assert.ok(firstScheme > 0);
const plain = builtinModules.slice(0, firstScheme);
const schemed = builtinModules.slice(firstScheme);
assert.ok(schemed.every((m) => m.startsWith('node:')));
assert.ok(!plain.some((m) => m.startsWith('node:')));
assert.deepStrictEqual(plain, [...plain].sort());
assert.deepStrictEqual(schemed, [...schemed].sort());
assert.ok(schemed.includes('node:test'));
assert.ok(!plain.includes('test'));
assert.ok(Object.isFrozen(builtinModules));
const desc = Object.getOwnPropertyDescriptor(require('module'), 'builtinModules');
assert.strictEqual(desc.writable, true);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);
