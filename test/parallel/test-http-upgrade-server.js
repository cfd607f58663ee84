'use strict';
// 'upgrade' gets the request, the raw socket and the bytes that came after the head; the
// socket then carries the new protocol both ways. The client side gets 'upgrade' too.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end(d));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(head.toString(), 'welcome');
    socket.end('ping');
    let got = '';
    socket.on('data', (d) => got += d);
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'ping');
      server.close();
    }));
  }));
  req.end('early');
}));
