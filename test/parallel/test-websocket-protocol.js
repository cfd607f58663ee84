'use strict';
// WebSocket client framing against a raw server: fragmented messages with a ping in
// between (answered with a pong), close frames with and without a code, the client's
// close(code, reason), abrupt closes, protocol errors (masked server frame, bad UTF-8,
// unknown opcode) and subprotocol negotiation.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { acceptKey: accept, serverFrame: frame, clientFrames } = require('../common/websocket-raw');

const seen = {};
const scenarios = {
  frag(s) {
    s.write(frame(1, 'hel', false));
    s.write(frame(9, 'pingdata'));
    s.write(frame(0, 'lo', false));
    s.write(frame(0, '!', true));
  },
  closeNoCode(s) { s.write(frame(8, '')); },
  closeCode(s) { s.write(frame(8, Buffer.concat([Buffer.from([0x0f, 0xa1]), Buffer.from('ok')]))); },
  abrupt(s) { s.write(frame(1, 'hi')); s.destroy(); },
  masked(s) { s.write(Buffer.from([0x81, 0x82, 0, 0, 0, 0, 0x61, 0x62])); },
  badutf8(s) { s.write(frame(1, Buffer.from([0xff, 0xfe]))); },
  badop(s) { s.write(frame(3, 'x')); },
  proto() {},
};
const server = http.createServer();
server.on('upgrade', (req, socket) => {
  const name = req.url.slice(1);
  const proto = req.headers['sec-websocket-protocol'];
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${accept(req.headers['sec-websocket-key'])}\r\n` +
    (proto ? 'Sec-WebSocket-Protocol: b\r\n' : '') + '\r\n');
  seen[name] = [];
  socket.on('data', (d) => {
    for (const f of clientFrames(d)) {
      seen[name].push(f.op === 8 && f.p.length >= 2 ? `${f.op}:${f.p.readUInt16BE(0)}:${f.p.subarray(2)}` : `${f.op}:${f.p}`);
      if (f.op === 8) socket.end(frame(8, f.p));
    }
  });
  socket.on('error', () => {});
  scenarios[name](socket);
});

function run(base, name) {
  return new Promise((resolve) => {
    const events = [];
    const ws = new WebSocket(`${base}/${name}`, name === 'proto' ? ['a', 'b'] : []);
    ws.onopen = () => {
      events.push(`open ${ws.protocol}`);
      if (name === 'proto') ws.close();
    };
    ws.onmessage = (e) => {
      events.push(`message ${e.data}`);
      if (name === 'frag') {
        ws.close(3001, 'bye');
        events.push(`state ${ws.readyState}`);
      }
    };
    ws.onerror = () => events.push('error');
    ws.onclose = (e) => {
      events.push(`close ${e.code} ${e.reason} ${e.wasClean}`);
      setTimeout(() => resolve(events), 20);
    };
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `ws://127.0.0.1:${server.address().port}`;
  const results = {};
  for (const name of Object.keys(scenarios)) results[name] = await run(base, name);
  assert.deepStrictEqual(results, {
    frag: ['open ', 'message hello!', 'state 2', 'close 3001 bye true'],
    closeNoCode: ['open ', 'close 1005  true'],
    closeCode: ['open ', 'close 4001 ok true'],
    abrupt: ['open ', 'message hi', 'error', 'close 1006  false'],
    masked: ['open ', 'error', 'close 1006  false'],
    badutf8: ['open ', 'error', 'close 1006  false'],
    badop: ['open ', 'error', 'close 1006  false'],
    proto: ['open b', 'close 1005  true'],
  });
  assert.deepStrictEqual(seen, {
    frag: ['10:pingdata', '8:3001:bye'],
    closeNoCode: ['8:'],
    closeCode: ['8:4001:'],
    abrupt: [],
    masked: ['8:1002:Frame cannot be masked'],
    badutf8: ['8:1007:Received invalid UTF-8 in text frame.'],
    badop: ['8:1002:Invalid opcode received'],
    proto: ['8:'],
  });
  server.close();
}));
