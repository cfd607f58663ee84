'use strict';
// Starts the chat server on a free port, connects several WebSocket clients over
// loopback, has each send messages, checks every client received every message,
// prints a summary and exits. `make demo` runs this, then prints how to run the
// server for a browser.
const net = require('net');
const assert = require('assert');
const { createChatServer } = require('./server');
const { clientFrame } = require('./websocket');

const CLIENTS = Number(process.argv[2] ?? 20);
const MESSAGES = Number(process.argv[3] ?? 5);

// A minimal client: handshake, then parse unmasked server frames into JSON messages.
function connect(port, onMessage) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let buf = Buffer.alloc(0);
    let upgraded = false;
    socket.on('error', reject);
    socket.on('connect', () => {
      socket.write('GET /chat HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n' +
        'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
        'Sec-WebSocket-Version: 13\r\n\r\n');
    });
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end === -1) return;
        assert.match(buf.subarray(0, end).toString(), /^HTTP\/1\.1 101 /);
        upgraded = true;
        buf = buf.subarray(end + 4);
        resolve(socket);
      }
      while (buf.length >= 2) {
        let len = buf[1] & 0x7f;
        let off = 2;
        if (len === 126) {
          if (buf.length < 4) return;
          len = buf.readUInt16BE(2);
          off = 4;
        }
        if (buf.length < off + len) return;
        onMessage(JSON.parse(buf.subarray(off, off + len).toString()));
        buf = buf.subarray(off + len);
      }
    });
  });
}

async function main() {
  const server = createChatServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const received = new Array(CLIENTS).fill(0);
  const start = process.hrtime.bigint();
  const sockets = [];
  const expected = CLIENTS * MESSAGES;
  let done;
  const allDelivered = new Promise((resolve) => { done = resolve; });
  for (let i = 0; i < CLIENTS; i++) {
    sockets.push(await connect(port, (m) => {
      if (m.type === 'message' && ++received[i] === expected && received.every((n) => n === expected)) done();
    }));
  }
  for (let k = 0; k < MESSAGES; k++) {
    for (const s of sockets) s.write(clientFrame(`hello ${k}`));
  }
  await allDelivered;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`chat selftest: ${CLIENTS} clients, ${expected} messages each delivered to all ` +
    `(${CLIENTS * expected} deliveries) in ${ms.toFixed(1)} ms`);
  for (const s of sockets) s.destroy();
  server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
