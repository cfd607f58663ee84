'use strict';
// allowHalfOpen: the server reads the client's FIN, keeps writing, then ends; a
// socket without it ends its side as soon as the peer does.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => (got += d));
  sock.on('end', common.mustCall(() => {
    assert.strictEqual(sock.writable, true);
    assert.strictEqual(sock.readyState, 'writeOnly');
    setTimeout(() => sock.end(`late reply to ${got}`), 10);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.end('question');
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => (reply += d));
  c.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'late reply to question');
  }));
  c.on('close', common.mustCall(() => server.close()));
}));
