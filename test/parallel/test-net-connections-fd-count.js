'use strict';
// 10,000 connections opened and dropped (half ended, half destroyed): every
// descriptor is given back.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { execFileSync } = require('child_process');

// Counted by a child listing our /proc entry, so the count is not disturbed by
// descriptors the counting itself opens.
function fdCount() {
  return String(execFileSync('ls', [`/proc/${process.pid}/fd`])).trim().split('\n').length;
}

const TOTAL = 10000;
const PARALLEL = 100;
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('data', () => {});
  sock.end();
});

// The server's side of the last connections may close a little after the clients'.
function whenServerIdle(cb) {
  server.getConnections((err, n) => {
    if (n === 0) setTimeout(cb, 20);
    else setTimeout(whenServerIdle, 20, cb);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  // One connection first, so whatever the runtime opens lazily is in the baseline.
  const warm = net.connect(port, '127.0.0.1');
  warm.resume();
  warm.on('close', common.mustCall(() => {
    const baseline = fdCount();
    let started = 0;
    let done = 0;
    function one() {
      if (started === TOTAL) return;
      started++;
      const c = net.connect(port, '127.0.0.1');
      c.on('error', () => {});
      c.resume();
      c.on('close', () => {
        if (++done === TOTAL) {
          whenServerIdle(common.mustCall(() => {
            // A few descriptors may come and go with the runtime's own threads and
            // helpers; losing even 1 % of the sockets would show as 100.
            const now = fdCount();
            assert.ok(now - baseline < 20, `${now} descriptors open, ${baseline} before`);
            server.close();
          }));
        } else {
          one();
        }
      });
      if (started % 2) c.destroy();
      else c.end('x');
    }
    for (let i = 0; i < PARALLEL; i++) one();
  }));
}));
