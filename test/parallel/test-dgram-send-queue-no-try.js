// Flags: --test-udp-no-try-send
'use strict';
// With --test-udp-no-try-send no datagram is sent at once: each waits in the send
// queue, which getSendQueueSize/getSendQueueCount report, until the loop sends it.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  client.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.send('abc');
    client.send('defgh', common.mustCall((err) => {
      assert.ifError(err);
      assert.strictEqual(client.getSendQueueCount(), 0);
      assert.strictEqual(client.getSendQueueSize(), 0);
      client.close();
      server.close();
    }));
    assert.strictEqual(client.getSendQueueSize(), 8);
    assert.strictEqual(client.getSendQueueCount(), 2);
  }));
}));
