'use strict';
// A timeout set on a server connection's socket, however it was set, gets the server's
// handling: 'timeout' on the request, the response or the server when one listens,
// else the socket is destroyed.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function request(port, path) {
  const c = net.connect(port, '127.0.0.1', () => c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`));
  c.resume();
  return c;
}

// 1. req.setTimeout() with nobody listening: the socket goes.
{
  const server = http.createServer(common.mustCall((req, res) => {
    req.setTimeout(50);
    req.socket.on('close', common.mustCall(() => server.close()));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => request(server.address().port, '/a')));
}

// 2. A 'connection' listener ahead of the server's sets it; the server listens.
{
  const server = http.createServer(common.mustCall((req, res) => {}));
  server.prependListener('connection', common.mustCall((socket) => socket.setTimeout(50)));
  server.on('timeout', common.mustCall((socket) => {
    assert.ok(socket instanceof net.Socket);
    socket.destroy();
    server.close();
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => request(server.address().port, '/b')));
}

// 3. res.setTimeout(ms, cb): the callback gets it, the socket stays until told.
{
  const server = http.createServer(common.mustCall((req, res) => {
    res.setTimeout(50, common.mustCall(() => {
      assert.strictEqual(req.socket.destroyed, false);
      res.end('late');
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = request(server.address().port, '/c');
    c.setEncoding('utf8');
    let got = '';
    c.on('data', (d) => {
      got += d;
      if (got.endsWith('late')) {
        c.end();
        server.close();
      }
    });
  }));
}
