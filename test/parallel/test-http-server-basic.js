'use strict';
// A request's method, url, version, lower-cased headers and rawHeaders; the response's
// head as node writes it (Date, Connection: keep-alive, Keep-Alive, Content-Length).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/a/b?c=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.deepStrictEqual(req.rawHeaders, ['Host', 'example', 'X-Thing', 'One', 'x-thing', 'Two']);
  assert.strictEqual(req.headers.host, 'example');
  assert.strictEqual(req.headers['x-thing'], 'One, Two');
  assert.strictEqual(req.socket, req.connection);
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello');
}));

server.listen(0, common.mustCall(() => {
  const c = net.connect(server.address().port, () => {
    c.write('GET /a/b?c=1 HTTP/1.1\r\nHost: example\r\nX-Thing: One\r\nx-thing: Two\r\n\r\n');
  });
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    data += d;
    if (data.endsWith('hello')) {
      const head = data.replace(/Date: [^\r]+\r\n/, 'Date: X\r\n');
      assert.strictEqual(head, 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: X\r\n' +
        'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 5\r\n\r\nhello');
      assert.match(data, /Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
      c.end();
      server.close();
    }
  });
}));
