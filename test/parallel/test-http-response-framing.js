'use strict';
// How a response body is framed: Content-Length for end(body), chunked for write()s,
// nothing for HEAD, 204 and 304, and close-delimited for an HTTP/1.0 client.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/length': res.end('abc'); break;
    case '/chunked': res.write('ab'); res.end('cd'); break;
    case '/head': res.end('ignored'); break;
    case '/204': res.writeHead(204); res.end(); break;
    case '/304': res.writeHead(304, { ETag: 'x' }); res.end(); break;
  }
});

const cases = [
  ['GET /length HTTP/1.1\r\nHost: x\r\n\r\n', 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 3\r\n\r\nabc'],
  ['GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n', 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n'],
  ['HEAD /head HTTP/1.1\r\nHost: x\r\n\r\n', 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n'],
  ['GET /204 HTTP/1.1\r\nHost: x\r\n\r\n', 'HTTP/1.1 204 No Content\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n'],
  ['GET /304 HTTP/1.1\r\nHost: x\r\n\r\n', 'HTTP/1.1 304 Not Modified\r\nETag: x\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n'],
  ['GET /length HTTP/1.0\r\n\r\n', 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\n\r\nabc'],
];

server.listen(0, common.mustCall(() => {
  let i = 0;
  (function next() {
    if (i === cases.length) return server.close();
    const [request, expected] = cases[i++];
    const c = net.connect(server.address().port, () => c.write(request));
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      data += d;
      const got = data.replace(/Date: [^\r]+/, 'Date: D');
      if (got.length >= expected.length) {
        assert.strictEqual(got, expected);
        c.destroy();
        next();
      }
    });
    c.on('end', () => {});
  })();
}));
