'use strict';
// querystring.stringify/encode, escape, unescape and unescapeBuffer.
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs), ['unescapeBuffer', 'unescape', 'escape', 'stringify',
  'encode', 'parse', 'decode']);
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: NaN,
                                  h: 1e21, i: 2n, j: [], 'k l': 'é€' }),
                   'a=1&a=2&b=x%20y&c=true&d=&e=&f=&g=&h=1e%2B21&i=2&k%20l=%C3%A9%E2%82%AC');
assert.strictEqual(qs.stringify({ a: 'b' }, ';', ':'), 'a:b');
assert.strictEqual(qs.stringify({ a: 'b' }, '', ''), 'a=b');
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.stringify({ a: -0, b: 1.5, c: Infinity }), 'a=0&b=1.5&c=');
assert.strictEqual(qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })),
                   'own=2');
assert.strictEqual(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => `${s}!` }),
                   'a!=b c!');
assert.throws(() => qs.stringify({ a: '\ud83d' }), {
  code: 'ERR_INVALID_URI',
  name: 'URIError',
  message: 'URI malformed',
});

let ascii = '';
for (let i = 32; i < 127; i++) ascii += String.fromCharCode(i);
assert.strictEqual(qs.escape(ascii),
                   "%20!%22%23%24%25%26'()*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ" +
                   '%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D~');
assert.strictEqual(qs.escape('é\u{1F600}'), '%C3%A9%F0%9F%98%80');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape(null), 'null');
assert.strictEqual(qs.escape({ toString() { return 'x y'; } }), 'x%20y');
assert.throws(() => qs.escape('\ud800'), { code: 'ERR_INVALID_URI' });

assert.strictEqual(qs.unescape('%41%zz+'), 'A%zz+');
assert.strictEqual(qs.unescape('%E2%82+', true), '\ufffd ');
assert.strictEqual(qs.unescape('a%20b'), 'a b');
assert.strictEqual(qs.unescape('é%zz'), '\ufffd%zz');
if (typeof Buffer === 'function') {
  assert.deepStrictEqual([...qs.unescapeBuffer('%41%zz+', true)], [65, 37, 122, 122, 32]);
  assert.deepStrictEqual([...qs.unescapeBuffer('%4')], [37, 52]);
  assert.deepStrictEqual([...qs.unescapeBuffer('é')], [0xe9]);
}

// A surrogate takes the next unit as its pair, whatever it is; only a final one fails.
assert.strictEqual(qs.escape('\ud801test'), '%F0%90%91%B4est');
assert.strictEqual(qs.escape('\udc01x'), '%F0%90%91%B8');
assert.strictEqual(qs.escape({ toString: 5, valueOf: () => 'test' }), 'test');
assert.throws(() => qs.escape(Symbol('test')), TypeError);
