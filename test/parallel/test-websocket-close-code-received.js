'use strict';
// A close frame from the server must carry a code a close frame may carry (1000-1014
// but 1004-1006, and 3000-4999): with any other the client fails the connection
// ('error', close 1006, after sending close 1002 "Invalid status code"), as node does;
// with a valid one the close is clean and reports it.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { switchingProtocols, clientFrames, closePayload } = require('../common/websocket-raw');

const codes = [999, 1000, 1004, 1005, 1006, 1012, 1014, 1015, 2999, 3000, 4999, 5000];
const sent = {};
const server = net.createServer((socket) => {
  let head = '';
  let code;
  socket.on('error', () => {});
  socket.on('data', (d) => {
    if (code !== undefined) {
      for (const f of clientFrames(d)) sent[code] = closePayload(f.p);
      return;
    }
    head += d.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    code = +/^GET \/(\d+)/.exec(head)[1];
    socket.write(Buffer.concat([
      Buffer.from(switchingProtocols(head)),
      Buffer.from([0x88, 2, code >> 8, code & 0xff]),
    ]));
    setTimeout(() => socket.end(), 50);
  });
});

function run(base, code) {
  return new Promise((resolve) => {
    const events = [];
    const ws = new WebSocket(`${base}/${code}`);
    ws.onerror = () => events.push('error');
    ws.onclose = (e) => {
      events.push(`close ${e.code} ${e.wasClean}`);
      setTimeout(() => resolve(events.join(', ')), 20);
    };
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `ws://127.0.0.1:${server.address().port}`;
  const results = {};
  for (const code of codes) results[code] = await run(base, code);
  const valid = new Set([1000, 1012, 1014, 3000, 4999]);
  for (const code of codes) {
    if (valid.has(code)) {
      assert.strictEqual(results[code], `close ${code} true`);
      assert.strictEqual(sent[code], `${code} `);
    } else {
      assert.strictEqual(results[code], 'error, close 1006 false');
      assert.strictEqual(sent[code], '1002 Invalid status code');
    }
  }
  server.close();
}));
