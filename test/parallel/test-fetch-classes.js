'use strict';
// Headers, Request and Response without a network: validation, order, messages.
require('../common');
const assert = require('assert');

for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(d.enumerable, false);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'fetch').enumerable, true);
assert.strictEqual(fetch.length, 1);

const h = new Headers([['B', '1'], ['a', '2'], ['Set-Cookie', 'x=1'], ['set-cookie', 'y=2'], ['b', ' 3 ']]);
assert.deepStrictEqual([...h], [['a', '2'], ['b', '1, 3'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
assert.strictEqual(h.get('set-cookie'), 'x=1, y=2');
assert.throws(() => new Headers({ 'a b': 'x' }),
              { name: 'TypeError', message: 'Headers.append: "a b" is an invalid header name.' });
assert.throws(() => new Headers([['a']]),
              { message: 'Headers constructor: expected name/value pair to be length 2, found 1.' });
assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');

assert.throws(() => new Request('/x'), { name: 'TypeError', message: 'Failed to parse URL from /x' });
assert.throws(() => new Request('http://a/', { body: 'x' }),
              { message: 'Request with GET/HEAD method cannot have body.' });
assert.throws(() => new Request('http://a/', { method: 'CONNECT' }),
              { message: "'CONNECT' HTTP method is unsupported." });
assert.throws(() => new Request('http://u:p@a/'),
              { message: 'Request cannot be constructed from a URL that includes credentials: http://u:p@a/' });
const req = new Request('http://a/b', { method: 'post', body: 'x', headers: { x: 'y' } });
assert.strictEqual(req.method, 'POST');
assert.strictEqual(req.headers.get('content-type'), 'text/plain;charset=UTF-8');
assert.strictEqual(req.redirect, 'follow');
assert.ok(req.signal instanceof AbortSignal);

assert.throws(() => new Response('x', { status: 99 }),
              { name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.' });
assert.throws(() => new Response('x', { status: 204 }),
              { message: 'Response constructor: Invalid response status code 204' });
assert.throws(() => Response.redirect('http://a/', 200), { name: 'RangeError', message: 'Invalid status code 200' });
const e = Response.error();
assert.strictEqual(e.type, 'error');
assert.strictEqual(e.status, 0);
const red = Response.redirect('http://a/b', 301);
assert.strictEqual(red.headers.get('location'), 'http://a/b');
const j = Response.json({ a: 1 }, { status: 201 });
assert.strictEqual(j.status, 201);
assert.strictEqual(j.headers.get('content-type'), 'application/json');

(async () => {
  assert.deepStrictEqual(await j.json(), { a: 1 });
  const r = new Response('abc');
  const c = r.clone();
  assert.strictEqual(await r.text(), 'abc');
  assert.strictEqual(await c.text(), 'abc');
  assert.throws(() => r.clone(), { name: 'TypeError' });
  assert.strictEqual(new Response(null).body, null);
  const d = await fetch('data:text/plain;base64,aGk=');
  assert.strictEqual(d.status, 200);
  assert.strictEqual(d.headers.get('content-type'), 'text/plain');
  assert.strictEqual(await d.text(), 'hi');
  await assert.rejects(fetch('ftp://x/'), (err) => err.message === 'fetch failed' && err.cause.message === 'unknown scheme');
  await assert.rejects(fetch('http://127.0.0.1:1/'), (err) => err.message === 'fetch failed' && err.cause.message === 'bad port');
})().then(require('../common').mustCall());
