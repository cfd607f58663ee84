'use strict';
// Every http2 session turns Nagle's algorithm off on its socket (setNoDelay()), so
// that a small frame (a request's END_STREAM, a response) is not held back until the
// peer's delayed ACK: sequential requests on one session take well under a
// millisecond each, not ~40 ms.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const http2 = require('http2');

const calls = [];
const original = net.Socket.prototype.setNoDelay;
net.Socket.prototype.setNoDelay = function(...args) {
  calls.push(args);
  return Reflect.apply(original, this, args);
};

const server = http2.createServer((req, res) => res.end('x'));
server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.resume();
  req.on('close', common.mustCall(() => {
    // The client's session and the server's.
    assert.deepStrictEqual(calls, [[], []]);
    client.close();
    server.close();
  }));
}));
