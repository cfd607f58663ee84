'use strict';
// tls.connect({ socket }) over a plain socket, both already connected and still
// connecting (writes made before the handshake wait for it).
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, common.mustCall((s) => {
  s.setEncoding('utf8');
  s.once('data', (d) => s.end(`echo ${d}`));
}, 2));

function run(raw) {
  return new Promise((resolve) => {
    const c = tls.connect({ socket: raw, servername: 'localhost', ca: keys.caCert }, common.mustCall(() => {
      assert.strictEqual(c.authorized, true);
    }));
    c.write('early');
    let out = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { out += d; });
    c.on('end', () => resolve(out));
  });
}

server.listen(0, common.mustCall(async () => {
  const { port } = server.address();
  assert.strictEqual(await run(net.connect(port, 'localhost')), 'echo early');
  const connected = net.connect(port, 'localhost');
  await new Promise((resolve) => connected.once('connect', resolve));
  assert.strictEqual(await run(connected), 'echo early');
  server.close();
}));
