'use strict';
// Ambiguous framing is refused with 400 and the connection closed, never passed to the
// handler as a complete request: Content-Length with Transfer-Encoding, two different
// Content-Lengths, a bad chunk size, an obs-folded header, a bare LF line ending, spaces
// before the colon, a Transfer-Encoding that does not end in chunked.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const bad = [
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n',
  'GET / HTTP/1.1\nHost: x\n\n',
  'GET / HTTP/1.1\r\nHost : x\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n',
];

// A handler may see the head of a request whose body turns out to be bad; it never
// sees that request end.
const server = http.createServer((req, res) => {
  req.on('end', common.mustNotCall());
  req.resume();
  req.on('error', () => {});
});
let errors = 0;
server.on('clientError', (err, socket) => {
  errors++;
  assert.match(err.code, /^HPE_/);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
server.listen(0, common.mustCall(() => {
  let i = 0;
  (function next() {
    if (i === bad.length) {
      assert.strictEqual(errors, bad.length);
      return server.close();
    }
    const c = net.connect(server.address().port, () => c.write(bad[i++]));
    let data = '';
    c.on('data', (d) => data += d);
    c.on('close', () => {
      assert.strictEqual(data, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      next();
    });
  })();
}));
