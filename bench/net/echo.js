'use strict';
// Raw TCP echo over loopback: CONNS clients each send MSGS messages of SIZE bytes,
// one at a time (ping-pong), through an echo server in the same process. Measures
// per-message cost of net.Socket reads and writes in both directions.
const net = require('net');
const CONNS = Number(process.argv[2]) || 20;
const MSGS = Number(process.argv[3]) || 1000;
const SIZE = Number(process.argv[4]) || 64;

const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
  sock.on('error', () => {});
});
const payload = Buffer.alloc(SIZE, 'x');
let open = CONNS;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  for (let i = 0; i < CONNS; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.setNoDelay(true);
    let sent = 0;
    let pending = 0;
    c.on('connect', () => {
      sent++;
      c.write(payload);
    });
    c.on('data', (d) => {
      pending += d.length;
      while (pending >= SIZE) {
        pending -= SIZE;
        if (sent === MSGS) {
          c.end();
          return;
        }
        sent++;
        c.write(payload);
      }
    });
    c.on('close', () => {
      if (--open === 0) server.close();
    });
  }
});
