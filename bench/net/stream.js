'use strict';
// Bulk TCP throughput over loopback: one client streams TOTAL_MB of 64 KiB chunks
// to a server that discards them, honouring backpressure.
const net = require('net');
const TOTAL = (Number(process.argv[2]) || 256) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'y');

const server = net.createServer((sock) => {
  let got = 0;
  sock.on('data', (d) => {
    got += d.length;
  });
  sock.on('end', () => {
    if (got !== TOTAL) throw new Error(`got ${got}`);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!c.write(chunk)) return c.once('drain', pump);
    }
    c.end();
  }
  c.on('connect', pump);
});
