'use strict';
// URLPattern: construction from strings and dictionaries, canonical pattern
// strings, exec/test results, and node's argument errors.
require('../common');
const assert = require('assert');
const { URLPattern: FromUrl } = require('url');

assert.strictEqual(FromUrl, URLPattern);

const p = new URLPattern('https://example.com/books/:id(\\d+)?x=*#h');
assert.deepStrictEqual(
  ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'].map((k) => p[k]),
  ['https', '*', '*', 'example.com', '', '/books/:id(\\d+)?x=*', '', 'h']);
assert.strictEqual(p.hasRegExpGroups, true);
assert.strictEqual(p.test('https://example.com/books/12x=y#h'), true);
assert.strictEqual(p.test('https://example.com/books/ab#h'), false);

const route = new URLPattern('/books/:id', 'https://example.com');
const m = route.exec('https://example.com/books/42?x=1');
assert.deepStrictEqual(m.inputs, ['https://example.com/books/42?x=1']);
assert.deepStrictEqual(m.pathname, { input: '/books/42', groups: { id: '42' } });
assert.deepStrictEqual(m.search, { input: 'x=1', groups: { 0: 'x=1' } });
assert.strictEqual(Object.getPrototypeOf(m), null);

const wild = new URLPattern('http{s}?://{*.}?example.com/:product/:endpoint');
assert.deepStrictEqual(wild.exec('https://sub.example.com/foo/bar').pathname.groups,
                       { endpoint: 'bar', product: 'foo' });
assert.deepStrictEqual(Object.keys(wild.exec('https://sub.example.com/foo/bar').pathname.groups),
                       ['endpoint', 'product']);

const dict = new URLPattern({ pathname: '/a/:b?' });
assert.deepStrictEqual(dict.exec({ pathname: '/a' }).pathname, { input: '/a', groups: { b: undefined } });
assert.strictEqual(new URLPattern({ protocol: 'http', port: '80' }).port, '');
assert.strictEqual(new URLPattern({ hostname: 'A.COM' }).hostname, 'a.com');
assert.strictEqual(new URLPattern({ search: '?a b' }).search, 'a%20b');
assert.strictEqual(new URLPattern({ pathname: '/foo{/:bar}?' }).pathname, '/foo/:bar?');
assert.strictEqual(new URLPattern({ pathname: 'x', baseURL: 'https://e.com/a/b' }).pathname, '/a/x');
assert.strictEqual(new URLPattern({ pathname: '/FOO' }, { ignoreCase: true }).test({ pathname: '/foo' }), true);

// A relative string is matched against an empty URL, as node does.
const any = new URLPattern();
assert.strictEqual(any.exec('nope').pathname.input, '/nope');
assert.strictEqual(any.test('https://x'), true);

assert.throws(() => URLPattern(), { code: 'ERR_CONSTRUCT_CALL_REQUIRED' });
assert.throws(() => new URLPattern(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'Input must be an object or a string',
});
assert.throws(() => new URLPattern({}, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new URLPattern({}, '', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new URLPattern({}, { ignoreCase: '' }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'options.ignoreCase must be a boolean',
});
assert.throws(() => new URLPattern('('), {
  name: 'TypeError', code: 'ERR_INVALID_URL_PATTERN', message: 'Failed to construct URLPattern',
});
assert.throws(() => new URLPattern('/a'), { code: 'ERR_INVALID_URL_PATTERN' });
assert.throws(() => any.exec(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => any.exec('', 1), { code: 'ERR_INVALID_ARG_TYPE', message: 'baseURL must be a string' });
assert.throws(() => any.test({}, 'x'), { code: 'ERR_OPERATION_FAILED', message: 'Failed to test URLPattern' });
assert.throws(() => new URLPattern({ get protocol() { throw new Error('boom'); } }), { message: 'boom' });
assert.throws(() => new URLPattern({}, { get ignoreCase() { throw new Error('boom'); } }), { message: 'boom' });

const proto = URLPattern.prototype;
assert.deepStrictEqual(Object.getOwnPropertyNames(proto), ['protocol', 'username', 'password', 'hostname',
  'port', 'pathname', 'search', 'hash', 'hasRegExpGroups', 'exec', 'test', 'constructor']);
for (const name of ['protocol', 'pathname', 'hasRegExpGroups']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(proto, name).get.call({}), { message: 'Illegal invocation' });
}
assert.throws(() => proto.exec.call({}, ''), { message: 'Illegal invocation' });
assert.throws(() => proto.test.call({}, ''), { message: 'Illegal invocation' });
