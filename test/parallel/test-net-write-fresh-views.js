// Flags: --expose-gc
'use strict';
// Bytes handed to a socket write arrive as they were written, even when the program
// reads the written views' .buffer while the writes are still queued and the
// collector runs before they go out.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const small = new Uint8Array(600).fill(0x61);
const large = Buffer.alloc(8 << 20, 0x62);
const expected = Buffer.concat([Buffer.from(small), large, Buffer.from(small)]);

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (c) => chunks.push(c));
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.compare(Buffer.concat(chunks), expected), 0);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write(small);
    client.write(large);
    client.write(small);
    assert.strictEqual(small.buffer.byteLength, 600);
    // Memory the collector frees now is soon reused by these small arrays.
    globalThis.gc();
    const filler = [];
    for (let i = 0; i < 2000; i++) filler.push(new Uint8Array(600).fill(0x7a));
    client.end();
  }));
}));
