'use strict';
// The header API of responses: set/get/has/remove/append, names kept as given for the
// wire and lower-cased for lookup, node's errors for bad names and values, and
// ERR_HTTP_HEADERS_SENT once the head is out.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.validateHeaderName('bad name'), {
  code: 'ERR_INVALID_HTTP_TOKEN', name: 'TypeError', message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderValue('x-a', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x-a"',
});
assert.throws(() => http.validateHeaderValue('x-a', 'a\nb'), {
  code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x-a"]',
});

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('x-foo', 'baz');
  res.setHeader('X-Gone', '1');
  res.removeHeader('x-gone');
  assert.deepStrictEqual(res.getHeader('x-foo'), ['bar', 'baz']);
  assert.strictEqual(res.hasHeader('X-FOO'), true);
  assert.strictEqual(res.hasHeader('x-gone'), false);
  assert.deepStrictEqual(res.getHeaderNames(), ['x-foo', 'set-cookie']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-Foo', 'Set-Cookie']);
  const headers = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.deepStrictEqual({ ...headers }, { 'x-foo': ['bar', 'baz'], 'set-cookie': ['a=1', 'b=2'] });
  assert.throws(() => res.setHeader('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
  assert.strictEqual(res.headersSent, false);
  res.writeHead(201, 'Made', { 'X-Extra': 'yes' });
  assert.strictEqual(res.headersSent, true);
  assert.throws(() => res.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('a'), { code: 'ERR_HTTP_HEADERS_SENT' });
  res.end();
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Made');
    assert.strictEqual(res.headers['x-foo'], 'bar, baz');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers['x-extra'], 'yes');
    assert.deepStrictEqual(res.rawHeaders.slice(0, 10),
                           ['X-Foo', 'bar', 'X-Foo', 'baz', 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2', 'X-Extra', 'yes']);
    res.resume();
    res.on('end', () => server.close());
  }));
}));
