'use strict';
// An https server reads its connections' cleartext the way an http server reads TCP:
// pipelined requests arriving in one TLS record are answered in order, a request body
// the handler pauses (so reading stops with bytes still buffered in TLS) arrives whole
// once it resumes, and an upgrade hands the bytes after the head, then the socket's
// later bytes, to the 'upgrade' listener.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const BODY = 1024 * 1024;

const server = https.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (req, res) => {
  if (req.method === 'GET') {
    res.end(`path ${req.url}`);
    return;
  }
  let n = 0;
  req.on('data', (d) => {
    n += d.length;
    if (!req.isPaused()) {
      req.pause();
      setTimeout(() => req.resume(), 5);
    }
  });
  req.on('end', common.mustCall(() => res.end(`got ${n}`)));
});

server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'demo');
  assert.strictEqual(head.toString(), 'EXTRA');
  socket.once('data', common.mustCall((d) => {
    assert.strictEqual(d.toString(), 'MORE');
    socket.end('BYE');
  }));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: demo\r\nConnection: Upgrade\r\n\r\n');
}));

function connect() {
  return tls.connect({ port: server.address().port, host: 'localhost', ca: keys.caCert });
}

function pipelined() {
  return new Promise((resolve) => {
    const c = connect();
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      out += d;
      if ((out.match(/path \/\d/g) || []).length === 3) {
        assert.deepStrictEqual(out.match(/path \/\d/g), ['path /1', 'path /2', 'path /3']);
        c.end();
        resolve();
      }
    });
    c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n');
  });
}

function paused() {
  return new Promise((resolve) => {
    const c = connect();
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      out += d;
      if (out.includes(`got ${BODY}`)) {
        c.end();
        resolve();
      }
    });
    c.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${BODY}\r\n\r\n`);
    c.write(Buffer.alloc(BODY, 'a'));
  });
}

function upgrade() {
  return new Promise((resolve) => {
    const c = connect();
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      if (!out.includes('101') && (out + d).includes('\r\n\r\n')) c.write('MORE');
      out += d;
    });
    c.on('end', () => {
      assert.match(out, /^HTTP\/1\.1 101/);
      assert.ok(out.endsWith('BYE'));
      resolve();
    });
    c.write('GET / HTTP/1.1\r\nHost: x\r\nUpgrade: demo\r\nConnection: Upgrade\r\n\r\nEXTRA');
  });
}

server.listen(0, common.mustCall(async () => {
  await pipelined();
  await paused();
  await upgrade();
  server.close();
}));
