'use strict';
// A header line that starts with its colon (an empty name) is a parse error,
// HPE_INVALID_HEADER_TOKEN "Invalid header token", in a request's head and trailers and
// in a response, even with the lenient parser; bytesParsed points at the colon.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const requests = [
  ['GET / HTTP/1.1\r\nHost: a\r\n: x\r\n\r\n', 25],
  ['POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n: x\r\n\r\n', 65],
];
const responses = [
  'HTTP/1.1 200 OK\r\n: x\r\nContent-Length: 2\r\n\r\nhi',
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n:-name: x\r\n\r\nhi',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n: x\r\n\r\n',
];

function serverSide(next) {
  const [raw, at] = requests.shift();
  // The chunked request's head is whole before its trailers fail: it is emitted.
  const server = http.createServer((req) => req.on('error', () => {}).resume());
  server.on('clientError', common.mustCall((err, socket) => {
    assert.strictEqual(err.code, 'HPE_INVALID_HEADER_TOKEN');
    assert.strictEqual(err.reason, 'Invalid header token');
    assert.strictEqual(err.bytesParsed, at);
    socket.destroy();
    server.close(requests.length ? () => serverSide(next) : next);
  }));
  server.listen(0, '127.0.0.1', () => net.connect(server.address().port, '127.0.0.1').end(raw).resume());
}

function clientSide(insecureHTTPParser) {
  for (const raw of responses) {
    const server = net.createServer((socket) => socket.end(raw).resume());
    server.listen(0, '127.0.0.1', common.mustCall(() => {
      const failed = common.mustCall((err) => {
        assert.strictEqual(err.code, 'HPE_INVALID_HEADER_TOKEN');
        assert.strictEqual(err.reason, 'Invalid header token');
        server.close();
      });
      // The chunked response's head is whole before its trailers fail: it is emitted,
      // and aborted.
      http.get({ port: server.address().port, host: '127.0.0.1', insecureHTTPParser }, (res) => {
        res.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET'))).resume();
      }).on('error', failed);
    }));
  }
}

serverSide(common.mustCall(() => {
  clientSide(false);
  clientSide(true);
}));
