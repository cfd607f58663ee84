'use strict';
// URL edge inputs: refused setters leave the URL as it was, a setter's value is
// judged before tabs and newlines go, lone surrogates become U+FFFD, long inputs
// parse, and invalid ones throw node's ERR_INVALID_URL with input and base.
require('../common');
const assert = require('assert');

// A host the host parser refuses keeps the old host.
for (const [href, value] of [['http://example.net/', '[google.com]'], ['file://y/', 'x:123'],
  ['https://test.invalid/', 'x@x'], ['sc://x/', ' ']]) {
  const url = new URL(href);
  url.hostname = value;
  assert.strictEqual(url.href, href);
}
// A host is kept even when the port after it is refused.
const hostThenPort = new URL('http://a:1/');
hostThenPort.host = 'b:99999';
assert.strictEqual(hostThenPort.href, 'http://b:1/');

// Emptiness and the leading '?' are judged on the raw value.
const search = new URL('http://a/');
search.search = '\t';
assert.strictEqual(search.href, 'http://a/?');
search.search = '\t?x';
assert.strictEqual(search.href, 'http://a/??x');
search.hash = '\n';
assert.strictEqual(search.href, 'http://a/??x#');

// Lone surrogates, in the input and in setters.
assert.strictEqual(new URL('http://x/\ud800?\udc00#\ud800').href, 'http://x/%EF%BF%BD?%EF%BF%BD#%EF%BF%BD');
const surrogate = new URL('http://x/');
surrogate.pathname = 'a\udc00';
assert.strictEqual(surrogate.pathname, '/a%EF%BF%BD');

// Long inputs, and the input itself when it is already its href.
const long = `http://x/${'a'.repeat(1 << 20)}`;
assert.strictEqual(new URL(long).href, long);
assert.strictEqual(new URL(`http://x/${'é'.repeat(1 << 16)}`).pathname.length, 1 + 12 * (1 << 15));

// Invalid input, with and without a base.
assert.throws(() => new URL('http://a b/'), { name: 'TypeError', code: 'ERR_INVALID_URL', input: 'http://a b/' });
assert.throws(() => new URL('x', 'nope'), { code: 'ERR_INVALID_URL', input: 'x', base: 'nope' });
assert.throws(() => new URL('http://[::1/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://0x100000000/'), { code: 'ERR_INVALID_URL' });
const url = new URL('http://a/');
assert.throws(() => { url.href = 'nope'; }, { code: 'ERR_INVALID_URL', input: 'nope' });
assert.strictEqual(url.href, 'http://a/');

// searchParams follows the query, and the query follows searchParams.
const linked = new URL('http://a/?x=1');
linked.searchParams.append('y', 'a b');
assert.strictEqual(linked.search, '?x=1&y=a+b');
linked.searchParams.delete('x');
linked.searchParams.delete('y');
assert.strictEqual(linked.href, 'http://a/');
linked.href = 'http://b/?m=n';
assert.deepStrictEqual([...linked.searchParams], [['m', 'n']]);
