'use strict';
// WebSocket permessage-deflate: the client offers it, and inflates compressed
// messages (RSV1), whole or fragmented, next to uncompressed ones.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const crypto = require('crypto');
const zlib = require('zlib');

const compress = (text) => {
  const out = zlib.deflateRawSync(text, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  return out.subarray(0, out.length - 4); // drop the 00 00 ff ff tail
};
const frame = (first, payload) => Buffer.concat([Buffer.from([first, payload.length]), payload]);

const server = http.createServer();
server.on('upgrade', common.mustCall((req, socket) => {
  assert.strictEqual(req.headers['sec-websocket-extensions'], 'permessage-deflate; client_max_window_bits');
  const accept = crypto.createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${accept}\r\n` +
    'Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover\r\n\r\n');
  const a = compress('hello hello hello');
  const b = compress('fragmented message');
  socket.write(Buffer.concat([
    frame(0xc1, a), // FIN + RSV1 + text
    frame(0x81, Buffer.from('plain')),
    frame(0x41, b.subarray(0, 5)), // RSV1 + text, not final
    frame(0x80, b.subarray(5)), // final continuation
    frame(0x88, Buffer.from([0x03, 0xe8])),
  ]));
  socket.on('data', () => socket.end());
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/`);
  ws.onopen = common.mustCall(() => {
    assert.strictEqual(ws.extensions, 'permessage-deflate; server_no_context_takeover');
  });
  const got = [];
  ws.onmessage = (e) => got.push(e.data);
  ws.onclose = common.mustCall((e) => {
    assert.strictEqual(e.code, 1000);
    assert.deepStrictEqual(got, ['hello hello hello', 'plain', 'fragmented message']);
    server.close();
  });
}));
