'use strict';
// Bulk data both ways over one TLS connection, in writes of every size from one
// byte to several records, arrives whole and in order (checked by digest), over a
// TCP socket and over a JS Duplex transport.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const net = require('net');
const tls = require('tls');
const { Duplex } = require('stream');
const keys = require('../fixtures/keys/keys');

const sizes = [1, 7, 1000, 16384, 16385, 65536, 100000, 3, 250000];
const payload = (seed) => sizes.map((n, i) => Buffer.alloc(n, (seed + i * 31) & 255));
const digest = (bufs) => crypto.createHash('sha256').update(Buffer.concat(bufs)).digest('hex');
const total = sizes.reduce((a, b) => a + b, 0);

function exchange(socket, seed, done) {
  const got = [];
  socket.on('data', (d) => got.push(d));
  socket.on('end', common.mustCall(() => done(got)));
  for (const b of payload(seed)) socket.write(b);
  socket.end();
}

function check(got, seed) {
  assert.strictEqual(got.reduce((a, b) => a + b.length, 0), total);
  assert.strictEqual(digest(got), digest(payload(seed)));
}

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, common.mustCall((s) => {
  exchange(s, 2, (got) => check(got, 1));
}, 2));

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  let left = 2;
  const finish = () => { if (--left === 0) server.close(); };
  // Over the TCP handle.
  const a = tls.connect({ port, host: 'localhost', ca: keys.caCert }, common.mustCall(() => {
    exchange(a, 1, (got) => { check(got, 2); finish(); });
  }));
  // Over a JS transport: a Duplex carrying a plain socket's bytes.
  const raw = net.connect(port);
  const transport = new Duplex({
    read() {},
    write(chunk, encoding, callback) { raw.write(chunk, callback); },
    final(callback) { raw.end(); callback(); },
  });
  raw.on('data', (d) => transport.push(d));
  raw.on('end', () => transport.push(null));
  const b = tls.connect({ socket: transport, servername: 'localhost', ca: keys.caCert }, common.mustCall(() => {
    exchange(b, 1, (got) => { check(got, 2); finish(); });
  }));
}));
