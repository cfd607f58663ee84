'use strict';
// querystring.parse: non-string sep/eq are used as strings; an empty eq makes every
// piece a value; a '%' not followed by two hex digits is left as it is.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const entries = (o) => Object.entries(o);
assert.deepStrictEqual(entries(qs.parse('a', null, [])), [['', 'a']]);
assert.deepStrictEqual(entries(qs.parse('a=b&c', null, [])), [['', ['a=b', 'c']]]);
assert.deepStrictEqual(entries(qs.parse('a', [])), [['a', '']]);
assert.deepStrictEqual(entries(qs.parse('a5b&c', null, 5)), [['a', 'b'], ['c', '']]);
assert.deepStrictEqual(entries(qs.parse('a1b2c1d', 2, 1)), [['a', 'b'], ['c', 'd']]);
assert.deepStrictEqual(entries(qs.parse('a=b[object Object]c=d', {})), [['a', 'b'], ['c', 'd']]);
assert.deepStrictEqual(entries(qs.parse('%\u0100=%\u0101')), [['%\u0100', '%\u0101']]);
assert.deepStrictEqual(entries(qs.parse('%zz=%4')), [['%zz', '%4']]);
assert.deepStrictEqual(entries(qs.parse('%41=%42+c')), [['A', 'B c']]);
