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
const { switchingProtocols, serverFrame, clientFrames, closePayload } = require('../common/websocket-raw');

const frame = serverFrame;
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
      for (const f of clientFrames(d)) clientCloses[name].push(closePayload(f.p));
      return;
    }
    head += d.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    name = /^GET \/(\w+)/.exec(head)[1];
    clientCloses[name] = [];
    socket.write(Buffer.concat([Buffer.from(switchingProtocols(head)), ...scenarios[name]]));
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
