'use strict';
// Header values are sent as latin1 bytes (one byte per character) when the head goes out
// on its own or before a chunk; with a Content-Length, Content-Disposition keeps its
// bytes too.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const value = Buffer.from('bår').toString('latin1'); // 'bÃ¥r'
const bodies = [
  (res) => { res.writeHead(200, ['x-v', value]); res.end('é'); }, // chunked
  (res) => { res.setHeader('x-v', value); res.end(Buffer.from('é')); },
  (res) => { res.setHeader('x-v', value); res.write('é'); res.end(); },
  // With a Content-Length, Content-Disposition is the header that keeps its bytes.
  (res) => { res.writeHead(200, ['Content-Length', '2', 'Content-Disposition', value]); res.end('é'); },
  (res) => { res.setHeader('Content-Disposition', value); res.end('é'); },
];
let i = 0;
const server = http.createServer((req, res) => {
  bodies[i](res);
});
server.listen(0, common.mustCall(function next() {
  if (i === bodies.length) return server.close();
  const c = net.connect(server.address().port, () => {
    c.end('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  });
  const chunks = [];
  c.on('data', (d) => chunks.push(d));
  c.on('end', common.mustCall(() => {
    const raw = Buffer.concat(chunks);
    assert.ok(raw.includes(Buffer.from(': b\xc3\xa5r\r\n', 'latin1')), `case ${i}: ${raw.toString('latin1')}`);
    assert.ok(raw.includes(Buffer.from('é')), `case ${i}`);
    i++;
    next();
  }));
}));
