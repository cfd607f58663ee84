'use strict';
// Float16Array (which JavaScriptCore's C API does not know as a typed array) and
// DataView carry their bytes into native I/O like any other view: a datagram, a TCP
// write and a file write.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');
const fs = require('node:fs');
const net = require('node:net');
const tmpdir = require('../common/tmpdir');

const halves = new Float16Array([1.5, -2, 65504]);
const expected = Buffer.from(halves.buffer).toString('hex');

tmpdir.refresh();
const file = tmpdir.resolve('f16.bin');
fs.writeFileSync(file, halves);
assert.strictEqual(fs.readFileSync(file).toString('hex'), expected);

const socket = dgram.createSocket('udp4');
socket.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString('hex'), expected);
  socket.close();
}));
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  socket.send(halves, socket.address().port, '127.0.0.1');
}));

const server = net.createServer(common.mustCall((conn) => {
  const chunks = [];
  conn.on('data', (d) => chunks.push(d));
  conn.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'), expected + '0102');
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    client.write(halves);
    client.end(new DataView(new Uint8Array([9, 1, 2, 9]).buffer, 1, 2));
  }));
}));
