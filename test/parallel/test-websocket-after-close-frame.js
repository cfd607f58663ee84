'use strict';
// What the client reads after a close frame, or after a text message that is not
// UTF-8, when the server sends it all at once with the handshake's answer:
// - bytes after the server's close frame are not parsed (they cannot fail the
//   connection): the close is clean, with the server's code;
// - a text message that is not UTF-8 makes the client send close 1007 and drop the
//   connection; messages after it in the same read are dropped, and a close frame
//   among them still makes the close clean (the server's code); without one the
//   connection fails ('error', then close 1006).
const common = require('../common');
const assert = require('assert');
const net = require('net');
const crypto = require('crypto');

const frame = (opcode, payload) => Buffer.concat([Buffer.from([0x80 | opcode, payload.length]), payload]);
const close1000 = frame(8, Buffer.from([0x03, 0xe8]));
const scenarios = {
  garbageAfterClose: [frame(1, Buffer.from('hi')), close1000, Buffer.from([0xff, 0xff, 0x00])],
  badTextThenClose: [frame(1, Buffer.from([0x61, 0x9a])), frame(1, Buffer.from('after')), close1000],
  badTextNoClose: [frame(1, Buffer.from([0x61, 0x9a])), frame(1, Buffer.from('after'))],
};

// The close frames the client sent, unmasked: "code reason".
const clientCloses = {};
const server = net.createServer((socket) => {
  let head = '';
  let name;
  socket.on('error', () => {});
  socket.on('data', (d) => {
    if (name !== undefined) {
      const mask = d.subarray(2, 6);
      const payload = Buffer.from(d.subarray(6, 6 + (d[1] & 0x7f))).map((b, i) => b ^ mask[i % 4]);
      clientCloses[name].push(`${payload.readUInt16BE(0)} ${payload.subarray(2)}`);
      return;
    }
    head += d.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    name = /^GET \/(\w+)/.exec(head)[1];
    clientCloses[name] = [];
    const key = /sec-websocket-key: *([^\r]*)/i.exec(head)[1];
    const accept = crypto.createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
      .digest('base64');
    socket.write(Buffer.concat([
      Buffer.from('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
                  `Sec-WebSocket-Accept: ${accept}\r\n\r\n`),
      ...scenarios[name],
    ]));
    setTimeout(() => socket.end(), 50);
  });
});

function run(base, name) {
  return new Promise((resolve) => {
    const events = [];
    const ws = new WebSocket(`${base}/${name}`);
    ws.onmessage = (e) => events.push(`message ${e.data}`);
    ws.onerror = () => events.push('error');
    ws.onclose = (e) => {
      events.push(`close ${e.code} ${e.wasClean}`);
      setTimeout(() => resolve(events), 20);
    };
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `ws://127.0.0.1:${server.address().port}`;
  const results = {};
  for (const name of Object.keys(scenarios)) results[name] = await run(base, name);
  assert.deepStrictEqual(results, {
    garbageAfterClose: ['message hi', 'close 1000 true'],
    badTextThenClose: ['close 1000 true'],
    badTextNoClose: ['error', 'close 1006 false'],
  });
  assert.deepStrictEqual(clientCloses, {
    garbageAfterClose: ['1000 '],
    badTextThenClose: ['1007 Received invalid UTF-8 in text frame.'],
    badTextNoClose: ['1007 Received invalid UTF-8 in text frame.'],
  });
  server.close();
}));
