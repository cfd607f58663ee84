'use strict';
// The URL class: components, setters, errors, static methods and the shape of
// the prototype.
require('../common');
const assert = require('assert');

const u = new URL('https://user:pw@Example.COM:443/a/./b/../c?x=1 2#f g');
assert.strictEqual(u.href, 'https://user:pw@example.com/a/c?x=1%202#f%20g');
assert.strictEqual(u.origin, 'https://example.com');
assert.strictEqual(u.host, 'example.com');
assert.strictEqual(u.port, '');
assert.strictEqual(u.toString(), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);

assert.strictEqual(new URL('../x?y#z', 'http://a/b/c/d').href, 'http://a/b/x?y#z');
assert.strictEqual(new URL('http://0x7f.1/').host, '127.0.0.1');
assert.strictEqual(new URL('http://[0:0::1:0:0:1]/').host, '[::1:0:0:1]');
assert.strictEqual(new URL('https://bücher.de/').host, 'xn--bcher-kva.de');
assert.strictEqual(new URL('blob:https://a.com:8/x').origin, 'https://a.com:8');
assert.strictEqual(new URL('file:///x').origin, 'null');

u.port = '8080';
u.hostname = 'other.org';
u.pathname = '/p q';
u.hash = '';
u.search = '';
u.username = '';
u.password = '';
assert.strictEqual(u.href, 'https://other.org:8080/p%20q');
u.protocol = 'http';
assert.strictEqual(u.href, 'http://other.org:8080/p%20q');
u.protocol = 'foo';
assert.strictEqual(u.protocol, 'http:');
u.host = 'example.com:65536';
assert.strictEqual(u.host, 'example.com:8080');

assert.throws(() => new URL('nope'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'nope');
  assert.strictEqual('base' in err, false);
  return true;
});
assert.throws(() => new URL('nope', 'also'), { code: 'ERR_INVALID_URL', input: 'nope', base: 'also' });
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => { u.href = 'bad'; }, { code: 'ERR_INVALID_URL', input: 'bad' });

assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a'), true);
assert.strictEqual(URL.parse('x'), null);
assert.strictEqual(URL.parse('/y', 'http://a').href, 'http://a/y');

assert.deepStrictEqual(Object.keys(URL.prototype), ['toString', 'href', 'origin', 'protocol',
  'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash',
  'toJSON']);
assert.deepStrictEqual(Object.keys(URL), ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.throws(() => Reflect.get(URL.prototype, 'href', {}), {
  name: 'TypeError',
  message: /Receiver must be an instance of class URL/,
});
assert.throws(() => URL.prototype.toString.call({}), { name: 'TypeError' });
assert.strictEqual(require('url').URL, URL);
assert.strictEqual(require('url').URLSearchParams, URLSearchParams);

// new URL() throws a plain TypeError (made by node's native parser) with its
// code and input first; the href setter throws node's own error class.
try {
  new URL('x', 'http://[');
  assert.fail('should throw');
} catch (err) {
  assert.strictEqual(`${err}`, 'TypeError: Invalid URL');
  assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
}
try {
  new URL('http://a').href = 'bad';
  assert.fail('should throw');
} catch (err) {
  assert.strictEqual(`${err}`, 'TypeError [ERR_INVALID_URL]: Invalid URL');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
}
assert.throws(() => Reflect.get(URL.prototype, 'protocol', {}), { message: /Cannot read private member/ });
assert.throws(() => Reflect.set(URL.prototype, 'href', null, {}), { message: /Cannot read private member/ });
assert.throws(() => new URL(Symbol('x')), { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });

// Object URLs for Blobs.
const { Blob, resolveObjectURL } = require('buffer');
const objectURL = URL.createObjectURL(new Blob(['hi']));
assert.match(objectURL, /^blob:nodedata:[0-9a-f-]{36}$/);
assert.strictEqual(new URL(objectURL).protocol, 'blob:');
assert.notStrictEqual(resolveObjectURL(objectURL), undefined);
URL.revokeObjectURL(objectURL);
assert.strictEqual(resolveObjectURL(objectURL), undefined);
assert.throws(() => URL.createObjectURL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
URL.revokeObjectURL(5);
