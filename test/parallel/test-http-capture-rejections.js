'use strict';
// With events.captureRejections, a rejected async 'request' listener gets the client a
// 500 without the headers it had set, and a rejected listener on a response destroys
// the response with the rejection's error.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const http = require('http');

events.captureRejections = true;

const server = http.createServer(common.mustCall(async (req, res) => {
  if (req.url === '/reject') {
    res.setHeader('x-secret', 'yes');
    throw new Error('kaboom');
  }
  const err = new Error('in a response listener');
  res.socket.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
  res.on('custom', async () => { throw err; });
  res.emit('custom');
}, 2));

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  http.get({ port, path: '/reject' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 500);
    assert.strictEqual(res.headers['x-secret'], undefined);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'Internal Server Error');
      const req = http.get({ port, path: '/destroy' }, common.mustNotCall());
      req.on('error', common.mustCall((e) => {
        assert.strictEqual(e.code, 'ECONNRESET');
        server.close();
      }));
    }));
  }));
}));
