'use strict';
// The QUERY method: a request with it is parsed and reported as QUERY, alone, with a
// body, pipelined between other methods, and when a read splits its first bytes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    seen.push(`${req.method} ${req.url} ${body}`);
    res.end(`${req.method}:${body}`);
  });
});

function raw(port, parts) {
  return new Promise((resolve) => {
    const socket = net.connect(port);
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('end', () => resolve(reply));
    let i = 0;
    const next = () => {
      socket.write(parts[i++]);
      if (i < parts.length) setTimeout(next, 20);
      else socket.end();
    };
    socket.on('connect', next);
  });
}

server.listen(0, common.mustCall(async () => {
  const { port } = server.address();
  const reply = await new Promise((resolve) => {
    const req = http.request({ port, method: 'QUERY', path: '/q' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve(`${res.statusCode} ${text}`));
    });
    req.end('select');
  });
  assert.strictEqual(reply, '200 QUERY:select');

  await raw(port, ['QUERY /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc' +
    'GET /b HTTP/1.1\r\nHost: x\r\n\r\nPURGE /c HTTP/1.1\r\nHost: x\r\n\r\n']);
  await raw(port, ['QU', 'ERY /d HTTP/1.1\r\nHost: x\r\n\r\n']);
  const bad = await raw(port, ['QUEUE /e HTTP/1.1\r\nHost: x\r\n\r\n']);
  assert.match(bad, /^HTTP\/1\.1 400 Bad Request/);
  assert.deepStrictEqual(seen, ['QUERY /q select', 'QUERY /a abc', 'GET /b ', 'PURGE /c ', 'QUERY /d ']);
  server.close();
}));
