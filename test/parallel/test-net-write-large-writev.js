'use strict';
// Large writes, corked writes flushed as one writev of buffers and strings in
// several encodings, and write callbacks in order; the peer receives every byte.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const big = Buffer.alloc(4 * 1024 * 1024, 'x');
const server = net.createServer(common.mustCall((sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.length, big.length + 6 + 1 + 3 + 2);
    assert.strictEqual(all.subarray(0, big.length).equals(big), true);
    assert.strictEqual(all.subarray(big.length).toString('latin1'), 'hÃ©lloé\x01\x02\x03AB');
    sock.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const order = [];
    c.write(big, common.mustCall(() => order.push(1)));
    c.cork();
    c.write('héllo', 'utf8', common.mustCall(() => order.push(2)));
    c.write('é', 'latin1', common.mustCall(() => order.push(3)));
    c.write(new Uint8Array([1, 2, 3]), common.mustCall(() => order.push(4)));
    c.write('QUI=', 'base64', common.mustCall(() => order.push(5)));
    c.uncork();
    c.end(common.mustCall(() => {
      assert.deepStrictEqual(order, [1, 2, 3, 4, 5]);
    }));
  }));
  c.on('data', common.mustNotCall());
  c.on('close', common.mustCall(() => server.close()));
}));
