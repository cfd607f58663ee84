// Flags: --experimental-webstorage
'use strict';
// util.inspect shows a Storage's items as node does, and util.types.isProxy says
// it is no proxy (node's is an object with interceptors).
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const s = sessionStorage;
s.clear();
assert.strictEqual(util.inspect(s), 'Storage {}');
s.b = 2;
s.a = 'x';
assert.strictEqual(util.inspect(s), "Storage { a: 'x', b: '2' }");
assert.strictEqual(util.inspect([s]), "[ Storage { a: 'x', b: '2' } ]");
assert.strictEqual(util.inspect(s, { showProxy: true }), "Storage { a: 'x', b: '2' }");
assert.strictEqual(util.types.isProxy(s), false);
assert.strictEqual(util.types.isProxy(new Proxy({}, {})), true);
s.clear();
