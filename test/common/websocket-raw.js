'use strict';
// For tests that play a WebSocket server by hand over a raw socket: the handshake's
// answer for a client's key, server frames (unmasked), and the client's frames read
// back (clients mask every frame).

const crypto = require('crypto');

const kGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const acceptKey = (key) => crypto.createHash('sha1').update(`${key}${kGuid}`).digest('base64');

// The 101 answer to a request whose head is `head` (the text up to its blank line).
function switchingProtocols(head, extraHeaders = '') {
  const key = /sec-websocket-key: *([^\r]*)/i.exec(head)[1];
  return 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
         `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n${extraHeaders}\r\n`;
}

// A server frame (unmasked) of less than 64 KiB of payload.
function serverFrame(opcode, payload, fin = true) {
  payload = Buffer.from(payload);
  const first = (fin ? 0x80 : 0) | opcode;
  const head = payload.length < 126 ? Buffer.from([first, payload.length]) :
    Buffer.from([first, 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([head, payload]);
}

// The client frames in d (each up to 125 bytes of payload), unmasked: { op, p }.
function* clientFrames(d) {
  while (d.length > 0) {
    if ((d[1] & 0x80) === 0) throw new Error('a client frame without a mask');
    const len = d[1] & 0x7f;
    const mask = d.subarray(2, 6);
    const p = Buffer.from(d.subarray(6, 6 + len));
    for (let i = 0; i < p.length; i++) p[i] ^= mask[i & 3];
    yield { op: d[0] & 0xf, p };
    d = d.subarray(6 + len);
  }
}

// A close frame's payload as "code reason" ('' when it has no code).
const closePayload = (p) => (p.length >= 2 ? `${p.readUInt16BE(0)} ${p.subarray(2)}` : '');

module.exports = { acceptKey, switchingProtocols, serverFrame, clientFrames, closePayload };
