'use strict';
// URLSearchParams: constructor forms, every method, errors, and the live link
// with URL#search.
require('../common');
const assert = require('assert');

// Constructor forms.
assert.strictEqual(new URLSearchParams().toString(), '');
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(new URLSearchParams('?a=1&b=2').toString(), 'a=1&b=2');
assert.strictEqual(new URLSearchParams([['a', '1'], new Set(['b', 2])]).toString(), 'a=1&b=2');
assert.strictEqual(new URLSearchParams({ a: 1, b: [1, 2] }).toString(), 'a=1&b=1%2C2');
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 1 }), TypeError);
assert.strictEqual(new URLSearchParams(new Map([['x', 'y']])).toString(), 'x=y');
const copy = new URLSearchParams(new URLSearchParams('q=1'));
assert.strictEqual(copy.get('q'), '1');
assert.strictEqual(new URLSearchParams('a=%zz&b=%E2%82%AC+&c=%F0%9F').toString(), 'a=%25zz&b=%E2%82%AC+&c=%EF%BF%BD');
assert.strictEqual(new URLSearchParams('\ud800=x').toString(), '%EF%BF%BD=x');
assert.throws(() => new URLSearchParams([[1]]), {
  code: 'ERR_INVALID_TUPLE',
  name: 'TypeError',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE',
  message: 'Query pairs must be iterable',
});

// Methods.
const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('z'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
p.append('c', 'x y');
assert.strictEqual(p.toString(), 'a=1&b=2&a=3&c=x+y');
p.delete('a', '3');
assert.strictEqual(p.toString(), 'a=1&b=2&c=x+y');
p.set('a', 'new');
p.append('a', 'again');
p.set('a', 'only');
assert.strictEqual(p.toString(), 'a=only&b=2&c=x+y');
p.delete('b');
assert.deepStrictEqual([...p], [['a', 'only'], ['c', 'x y']]);
assert.deepStrictEqual([...p.keys()], ['a', 'c']);
assert.deepStrictEqual([...p.values()], ['only', 'x y']);
const seen = [];
p.forEach(function(value, name, params) {
  seen.push([name, value, this, params === p]);
}, 'this');
assert.deepStrictEqual(seen.map((s) => [s[0], s[1], s[3]]), [['a', 'only', true], ['c', 'x y', true]]);

// sort() is stable and compares UTF-16 code units.
const s = new URLSearchParams('z=1&a=2&\ufffd=3&a=1&\ud83c\udf08=4&b=5');
s.sort();
assert.deepStrictEqual([...s.keys()], ['a', 'a', 'b', 'z', '\ud83c\udf08', '\ufffd']);
assert.deepStrictEqual(s.getAll('a'), ['2', '1']);

// Iterators see later changes.
const it = new URLSearchParams('a=1').entries();
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });

// Errors.
assert.throws(() => p.append('x'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => p.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => p.forEach(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URLSearchParams.prototype.get.call({}, 'x'), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParams',
});

// Live link with the URL.
const url = new URL('http://x/?q=1');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);
params.append('z', 'a b');
assert.strictEqual(url.href, 'http://x/?q=1&z=a+b');
url.search = '?k=v';
assert.deepStrictEqual([...params], [['k', 'v']]);
params.delete('k');
assert.strictEqual(url.href, 'http://x/');
url.href = 'http://y/?n=m';
assert.strictEqual(params.get('n'), 'm');

assert.deepStrictEqual(Object.keys(URLSearchParams.prototype), ['size', 'append', 'delete', 'get',
  'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
assert.strictEqual(Object.prototype.toString.call(p), '[object URLSearchParams]');
