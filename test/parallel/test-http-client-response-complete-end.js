'use strict';
// Once a response is complete, the client leaves the socket's end to the response: over
// a duplexPair, a Connection: close exchange ends both sides.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const server = http.createServer(common.mustCall((req, res) => {
  req.resume();
  req.on('end', () => {
    res.write('reply');
    res.end();
  });
}));
const [clientSide, serverSide] = duplexPair();
server.emit('connection', serverSide);
clientSide.on('end', common.mustCall());
serverSide.on('end', common.mustCall());

const req = http.request({
  createConnection: common.mustCall(() => clientSide),
  method: 'PUT',
  headers: { Connection: 'close' },
}, common.mustCall((res) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (d) => body += d);
  res.on('end', common.mustCall(() => assert.strictEqual(body, 'reply')));
}));
req.write('payload');
req.end();
