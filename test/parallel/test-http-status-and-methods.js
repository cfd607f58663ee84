'use strict';
// http.STATUS_CODES and http.METHODS are node's tables; writeHead rejects status codes
// outside 100-999.
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
assert.strictEqual(http.STATUS_CODES[509], 'Bandwidth Limit Exceeded');
assert.strictEqual(Object.keys(http.STATUS_CODES).length, 63);
assert.deepStrictEqual(http.METHODS, [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
]);
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
assert.throws(() => res.writeHead(99), {
  code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError', message: 'Invalid status code: 99',
});
assert.throws(() => http.request({ protocol: 'https:' }), {
  code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ method: 'G T' }), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["G T"]',
});
