'use strict';
// The server finds Host and Expect whatever the case of their names, and takes other
// names of the same length (Accept, Cookie, Origin; Date) for neither: a request
// without Host is refused with 400, one with Expect: 100-continue is offered to
// 'checkContinue'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function send(port, head) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(head));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { text += chunk; });
    socket.on('close', () => resolve(text));
  });
}

const server = http.createServer(common.mustCall((req, res) => {
  res.end('ok');
}, 2));
server.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  res.end('continued');
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const ask = (lines) => send(port, `GET / HTTP/1.1\r\n${lines.join('\r\n')}\r\nConnection: close\r\n\r\n`);
  for (const [host, expect] of [['hOsT: x', 'EXPECT: 100-continue'],
                                 ['HOST: x', 'eXpEcT: 100-continue']]) {
    const reply = await ask([host, 'Accept: */*', 'Cookie: a=b', expect]);
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(reply, /continued$/);
  }
  // Names of the same lengths that are neither.
  const plain = await ask(['HOST: x', 'Accept: */*', 'Cookie: a=b', 'Origin: y', 'Date: z']);
  assert.match(plain, /^HTTP\/1\.1 200 OK\r\n/);
  assert.match(plain, /ok$/);
  const noHost = await ask(['Accept: */*', 'Cookie: a=b', 'Date: z', 'Hosts: q']);
  assert.match(noHost, /^HTTP\/1\.1 400 Bad Request\r\n/);
  const plain2 = await ask(['Host: x', 'Expects: 100-continue', 'Pragma: no-cache']);
  assert.match(plain2, /ok$/);
  server.close();
}));
