// Flags: --expose-gc
'use strict';
// Strings written to a socket arrive as their bytes in the encoding asked for, also
// when the kernel takes only part of a write at once and the rest waits in the queue
// while the program drops its strings and the collector runs.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const ascii = 'abcdefghij'.repeat(800 * 1024); // 8 MB: more than a socket buffer holds
const latin1Text = 'caf\u00e9 '.repeat(300 * 1024); // one-byte but not ASCII
const twoByte = '\u20ac\u00e9x'.repeat(200 * 1024); // stored as UTF-16
const expected = Buffer.concat([
  Buffer.from(ascii, 'latin1'),
  Buffer.from(latin1Text, 'utf8'),
  Buffer.from(latin1Text, 'latin1'),
  Buffer.from(twoByte, 'utf8'),
  Buffer.from(ascii + 'tail', 'utf8'),
]);

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  // Reading starts late, so the writes below find the socket's buffer full.
  socket.pause();
  setTimeout(() => socket.resume(), 50);
  socket.on('data', (c) => chunks.push(c));
  socket.on('end', common.mustCall(() => {
    const got = Buffer.concat(chunks);
    assert.strictEqual(got.length, expected.length);
    assert.strictEqual(Buffer.compare(got, expected), 0);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write(ascii, 'latin1');
    client.write(latin1Text, 'utf8');
    client.write(latin1Text, 'latin1');
    client.write(twoByte);
    client.write(ascii + 'tail');
    globalThis.gc();
    const filler = [];
    for (let i = 0; i < 2000; i++) filler.push('z'.repeat(600) + i);
    client.end();
  }));
}));
