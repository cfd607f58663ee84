'use strict';
// A paused socket stops reading: the sender fills the kernel buffers and sees
// write() return false; after resume() every byte arrives and 'drain' fires.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const chunk = new Uint8Array(64 * 1024).fill(97);
const total = 64 * chunk.length;
const server = net.createServer(common.mustCall((sock) => {
  let sent = 0;
  let sawFalse = false;
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!sock.write(chunk)) {
        sawFalse = true;
        sock.once('drain', pump);
        return;
      }
    }
    assert.strictEqual(sawFalse, true);
    sock.end();
  }
  pump();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  c.on('data', (d) => {
    received += d.length;
    if (received === d.length) {
      c.pause();
      let settled;
      setTimeout(common.mustCall(() => {
        settled = c.bytesRead;
      }), 50);
      setTimeout(common.mustCall(() => {
        // While paused, reading from the kernel has stopped.
        assert.strictEqual(c.bytesRead, settled);
        assert.ok(c.bytesRead < total);
        c.resume();
      }), 100);
    }
  });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    server.close();
  }));
}));
