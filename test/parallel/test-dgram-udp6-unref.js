'use strict';
// udp6 on ::1, and an unref'd bound socket does not keep the process alive.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const idle = dgram.createSocket('udp4');
idle.bind(0);
assert.strictEqual(idle.unref(), idle);

const s = dgram.createSocket({ type: 'udp6', ipv6Only: true });
s.on('error', common.mustNotCall());
s.bind(0, '::1', common.mustCall(() => {
  assert.strictEqual(s.address().family, 'IPv6');
  s.on('message', common.mustCall((msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'six');
    assert.strictEqual(rinfo.family, 'IPv6');
    assert.strictEqual(rinfo.address, '::1');
    s.close();
  }));
  s.send('six', s.address().port, '::1');
}));
