'use strict';
// A bind that fails takes back its callback (retrying on 'error' adds no listeners),
// and send/receive block lists refuse or drop datagrams with ERR_IP_BLOCKED.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const net = require('net');

process.on('warning', common.mustNotCall());

const holder = dgram.createSocket('udp4');
holder.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = holder.address();
  const s = dgram.createSocket('udp4');
  let errors = 0;
  s.on('error', common.mustCall(() => {
    if (++errors < 12) {
      s.bind(port, '127.0.0.1', common.mustNotCall());
    } else {
      s.close();
      blockLists(holder);
    }
  }, 12));
  s.bind(port, '127.0.0.1', common.mustNotCall());
}));

function blockLists(receiver) {
  const blocked = new net.BlockList();
  blocked.addAddress('127.0.0.1');
  const sender = dgram.createSocket({ type: 'udp4', sendBlockList: blocked });
  sender.send('x', receiver.address().port, '127.0.0.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
    assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
    sender.close();
    receiver.close();
  }));
  const deaf = dgram.createSocket({ type: 'udp4', receiveBlockList: blocked });
  deaf.on('message', common.mustNotCall());
  deaf.bind(0, '127.0.0.1', common.mustCall(() => {
    const client = dgram.createSocket('udp4');
    client.send('hi', deaf.address().port, '127.0.0.1', common.mustSucceed(() => {
      // The datagram had time to arrive (and be dropped) once a second one sent after
      // it has been received on a normal socket.
      const probe = dgram.createSocket('udp4');
      probe.on('message', common.mustCall(() => {
        probe.close();
        client.close();
        deaf.close();
      }));
      probe.bind(0, '127.0.0.1', () => client.send('p', probe.address().port, '127.0.0.1'));
    }));
  }));
  assert.throws(() => dgram.createSocket({ type: 'udp4', sendBlockList: {} }),
                { code: 'ERR_INVALID_ARG_TYPE' });
}
