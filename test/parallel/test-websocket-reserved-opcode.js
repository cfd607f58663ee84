'use strict';
// A frame from the server with a reserved opcode (0x3-0x7, 0xB-0xF), final or not,
// with RSV bits or without, fails the connection as node's client does: no message,
// 'error', close 1006, and the client's close frame says 1002 "Invalid opcode
// received". A reserved control opcode with the FIN bit was taken as a message.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { switchingProtocols, clientFrames, closePayload } = require('../common/websocket-raw');

const firstBytes = [0x8b, 0x0b, 0x8f, 0x83, 0x87, 0xf3];

// Answers the upgrade, sends one frame with the first byte the path names and a valid
// close; reports the client's frames once the client has closed the connection.
const server = net.createServer((socket) => {
  let head = '';
  let received = Buffer.alloc(0);
  socket.on('error', () => {});
  socket.on('data', (d) => {
    if (head.includes('\r\n\r\n')) {
      received = Buffer.concat([received, d]);
      return;
    }
    head += d.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    const first = +/^GET \/(\d+)/.exec(head)[1];
    socket.write(Buffer.concat([
      Buffer.from(switchingProtocols(head)),
      Buffer.from([first, 3, 1, 2, 3, 0x88, 2, 0x03, 0xe8]),
    ]));
  });
  socket.on('end', () => {
    server.emit('clientFrames', [...clientFrames(received)].map((f) => `${f.op} ${closePayload(f.p)}`));
    socket.end();
  });
});

// Resolves with the client's events and the frames it sent, once it has closed and
// the server has seen the end of its connection.
function run(base, first) {
  const frames = new Promise((resolve) => server.once('clientFrames', (f) => resolve(f.join(', '))));
  const events = new Promise((resolve) => {
    const seen = [];
    const ws = new WebSocket(`${base}/${first}`);
    ws.onmessage = () => seen.push('message');
    ws.onerror = () => seen.push('error');
    ws.onclose = (e) => {
      seen.push(`close ${e.code} ${e.wasClean}`);
      resolve(seen.join(', '));
    };
  });
  return Promise.all([events, frames]);
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `ws://127.0.0.1:${server.address().port}`;
  for (const first of firstBytes) {
    const [events, frames] = await run(base, first);
    assert.strictEqual(frames, '8 1002 Invalid opcode received', `first byte ${first}`);
    assert.strictEqual(events, 'error, close 1006 false', `first byte ${first}`);
  }
  server.close();
}));
