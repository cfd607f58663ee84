'use strict';
// fetch and WebSocket over TLS (https: and wss:), trusting the test CA through
// NODE_TLS_REJECT_UNAUTHORIZED=0 since fetch takes no TLS options.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const crypto = require('crypto');
const keys = require('../fixtures/keys/keys');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

// A short keep-alive timeout lets server.close() finish soon after the idle socket.
const options = { key: keys.agent1Key, cert: keys.agent1Cert, keepAliveTimeout: 20 };
const server = https.createServer(options, (req, res) => {
  res.end(`secure ${req.url}`);
});
server.on('upgrade', common.mustCall((req, socket) => {
  const accept = crypto.createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.write(Buffer.from([0x81, 0x02, 0x68, 0x69, 0x88, 0x00])); // "hi", then close
  socket.on('data', () => socket.end());
}));
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const r = await fetch(`https://127.0.0.1:${port}/x`);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(await r.text(), 'secure /x');
  const ws = new WebSocket(`wss://127.0.0.1:${port}/`);
  ws.onmessage = common.mustCall((e) => assert.strictEqual(e.data, 'hi'));
  ws.onclose = common.mustCall((e) => {
    assert.strictEqual(e.code, 1005);
    assert.strictEqual(e.wasClean, true);
    server.close();
  });
}));
