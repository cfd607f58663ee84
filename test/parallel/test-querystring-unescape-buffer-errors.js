'use strict';
// querystring.unescapeBuffer sizes its output by the input's length first, so what
// is no string fails as in node: a TypeError for null and undefined, the "size"
// error of Buffer.allocUnsafe when there is no numeric length (numbers, objects,
// symbols; unescape() falls back to it when decodeURIComponent throws).
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.throws(() => qs.unescapeBuffer(), {
  name: 'TypeError', message: "Cannot read properties of undefined (reading 'length')",
});
assert.throws(() => qs.unescapeBuffer(null), {
  name: 'TypeError', message: "Cannot read properties of null (reading 'length')",
});
const noSize = {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "size" argument must be of type number. Received undefined',
};
for (const value of [42, {}, Symbol('s'), 1n]) assert.throws(() => qs.unescapeBuffer(value), noSize);
assert.throws(() => qs.unescape(Symbol('s')), noSize);
assert.deepStrictEqual(qs.unescapeBuffer('a%20b+c'), Buffer.from('a b+c'));
assert.deepStrictEqual(qs.unescapeBuffer('a%20b+c', true), Buffer.from('a b c'));
assert.strictEqual(qs.unescape('%E0%A4%A'), '\ufffd%A');
