// Flags: --expose-gc
'use strict';
// 1,000 TLS handshakes opened and abandoned at different points (before the
// ClientHello, right after it, with garbage instead of it) leave nothing behind:
// the server keeps serving, its connections all close, and the process's file
// descriptors and RSS come back to where they were after a first 1,000 brought
// caches and heaps to their working size. Sequential: it counts the fds of the
// whole process.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const keys = require('../fixtures/keys/keys.js');

if (!common.isLinux) common.skip('reads /proc');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;

const server = tls.createServer({ key: keys.ecKey, cert: keys.ecCert }, (socket) => {
  socket.end('hello');
});
let clientErrors = 0;
server.on('tlsClientError', () => clientErrors++);

function abandon(port, i) {
  return new Promise((resolve) => {
    switch (i % 3) {
      case 0: { // A TCP connection that never says anything.
        const s = net.connect(port, '127.0.0.1', () => s.destroy());
        s.on('close', resolve);
        break;
      }
      case 1: { // A ClientHello, then gone.
        const s = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false });
        s.on('connect', () => setImmediate(() => s.destroy()));
        s.on('error', () => {});
        s.on('close', resolve);
        break;
      }
      default: { // Garbage instead of a ClientHello.
        const s = net.connect(port, '127.0.0.1', () => s.end(Buffer.alloc(64, 0x41)));
        s.on('error', () => {});
        s.resume();
        s.on('close', resolve);
      }
    }
  });
}

async function run(port, n) {
  for (let i = 0; i < n; i += 50) {
    await Promise.all(Array.from({ length: 50 }, (_, j) => abandon(port, i + j)));
  }
}

function fullHandshake(port) {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      s.setEncoding('utf8');
      let got = '';
      s.on('data', (d) => { got += d; });
      s.on('end', () => resolve(got));
    });
    s.on('error', reject);
  });
}

async function settled(server) {
  // The server side of each connection closes a little after the client's.
  for (let i = 0; i < 100; i++) {
    const n = await new Promise((resolve) => server.getConnections((err, c) => resolve(c)));
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail('connections left open');
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  await run(port, 1000); // warm-up: caches and heaps reach their working size
  await settled(server);
  globalThis.gc();
  const fdsBefore = fdCount();
  const rssBefore = process.memoryUsage().rss;
  await run(port, 1000);
  await settled(server);
  assert.strictEqual(await fullHandshake(port), 'hello');
  await settled(server);
  assert.ok(clientErrors > 0);
  assert.strictEqual(fdCount(), fdsBefore);
  globalThis.gc();
  const grown = process.memoryUsage().rss - rssBefore;
  // Under AddressSanitizer (make asan) freed memory sits in its quarantine, so RSS
  // says nothing there; the sanitizer reports real leaks and misuse itself.
  if (!process.env.ASAN_OPTIONS) assert.ok(grown < 16 * 1024 * 1024, `RSS grew by ${grown} bytes`);
  server.close();
}));
