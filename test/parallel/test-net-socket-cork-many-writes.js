'use strict';
// A corked socket's writes reach the peer whole and in order when uncork() sends them
// as one batch: many small Buffers, a few large ones, and strings among Buffers; each
// write's callback runs once, and bytesWritten counts every byte.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const batches = [
  // 300 small Buffers of varying sizes.
  Array.from({ length: 300 }, (_, i) => Buffer.alloc(1 + (i % 37), 97 + (i % 26))),
  // Few and large.
  Array.from({ length: 3 }, (_, i) => Buffer.alloc(100000 + i, 65 + i)),
  // Strings among Buffers.
  Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `s${i}é` : Buffer.from(`b${i}`))),
];
const expected = Buffer.concat(batches.flat().map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

const server = net.createServer(common.mustCall((socket) => {
  let callbacks = 0;
  const total = batches.reduce((n, b) => n + b.length, 0);
  (function next(i) {
    if (i === batches.length) {
      socket.end();
      return;
    }
    socket.cork();
    for (const chunk of batches[i]) socket.write(chunk, () => callbacks++);
    socket.uncork();
    setImmediate(next, i + 1);
  })(0);
  socket.on('finish', common.mustCall(() => {
    assert.strictEqual(callbacks, total);
    assert.strictEqual(socket.bytesWritten, expected.length);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const received = [];
  client.on('data', (d) => received.push(d));
  client.on('end', common.mustCall(() => {
    const got = Buffer.concat(received);
    assert.strictEqual(got.length, expected.length);
    assert.ok(got.equals(expected));
    server.close();
  }));
}));
