'use strict';
// A ServerResponse on a plain Writable: end(data) writes the head with the data, then an
// empty chunk that carries the end.
const common = require('../common');
const assert = require('assert');
const { ServerResponse } = require('http');
const { Writable } = require('stream');

const res = new ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
const chunks = [];
const ws = new Writable({
  write: common.mustCall((chunk, encoding, callback) => {
    chunks.push(chunk.toString());
    setImmediate(callback);
  }, 2),
});
res.assignSocket(ws);
assert.throws(() => res.assignSocket(ws), { code: 'ERR_HTTP_SOCKET_ASSIGNED' });
res.on('finish', common.mustCall(() => {
  assert.match(chunks[0], /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nhello world$/);
  assert.strictEqual(chunks[1], '');
}));
res.end('hello world');
