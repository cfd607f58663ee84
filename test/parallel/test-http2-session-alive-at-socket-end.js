'use strict';
// When an HTTP/2 client ends its side of the connection, the server session stays
// until the socket closes, as in node: the socket's 'end' listeners still find the
// session (and its streams) alive, and may destroy it themselves.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

function frame(type, flags, streamId, payload) {
  const header = Buffer.alloc(9);
  header.writeUIntBE(payload.length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return Buffer.concat([header, payload]);
}

const authority = Buffer.from('localhost');
const headers = Buffer.concat([
  Buffer.from([0x82, 0x84, 0x86]), // :method GET, :path /, :scheme http (static table)
  Buffer.from([0x41, authority.length]), authority, // :authority, literal
]);
const request = Buffer.concat([
  Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'),
  frame(0x4, 0, 0, Buffer.alloc(0)), // SETTINGS
  frame(0x1, 0x5, 1, headers), // HEADERS, END_STREAM | END_HEADERS
]);

let serverStream;
const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  serverStream = stream;
  stream.respond({ ':status': 200 });
  stream.write('partial answer');
}));
server.on('session', common.mustCall((session) => {
  session.on('close', common.mustCall());
  session.socket.on('end', common.mustCall(() => {
    assert.ok(serverStream);
    assert.strictEqual(serverStream.session, session);
    assert.strictEqual(session.destroyed, false);
    session.destroy();
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.on('data', () => {});
    client.on('error', () => {});
    client.write(request);
    // The request went out; end our side once the server has answered.
    client.once('data', () => client.end());
  });
}));
