'use strict';
// RFC 6455 framing for the client side: masked frames out, an incremental parser for
// the server's (unmasked) frames in.

const { randomFillSync } = require('crypto');

const OP = { CONT: 0x0, TEXT: 0x1, BINARY: 0x2, CLOSE: 0x8, PING: 0x9, PONG: 0xA };

// One masked frame (FIN set) carrying `payload` (a Uint8Array).
function encodeFrame(opcode, payload) {
  const len = payload.byteLength;
  const extra = len < 126 ? 0 : len < 65536 ? 2 : 8;
  const out = Buffer.allocUnsafe(2 + extra + 4 + len);
  out[0] = 0x80 | opcode;
  if (extra === 0) {
    out[1] = 0x80 | len;
  } else if (extra === 2) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(len, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeUInt32BE(Math.floor(len / 2 ** 32), 2);
    out.writeUInt32BE(len >>> 0, 6);
  }
  const maskAt = 2 + extra;
  randomFillSync(out, maskAt, 4);
  const m0 = out[maskAt];
  const m1 = out[maskAt + 1];
  const m2 = out[maskAt + 2];
  const m3 = out[maskAt + 3];
  const base = maskAt + 4;
  for (let i = 0; i < len; i++) {
    const m = (i & 3) === 0 ? m0 : (i & 3) === 1 ? m1 : (i & 3) === 2 ? m2 : m3;
    out[base + i] = payload[i] ^ m;
  }
  return out;
}

class ProtocolError extends Error {
  constructor(message, code) {
    super(message);
    this.closeCode = code;
  }
}

// Feeds bytes, calls onFrame(fin, opcode, payload, rsv1) per complete frame. Throws a
// ProtocolError on a frame the client must reject.
class FrameParser {
  #chunks = [];
  #length = 0;
  #maxPayload;
  #stopped = false;

  constructor(onFrame, maxPayload = 2 ** 31) {
    this.onFrame = onFrame;
    this.allowRsv1 = false;
    this.#maxPayload = maxPayload;
  }

  // After a close frame nothing more is read: what follows it, valid or not, is
  // dropped (as node does), so bytes after the close cannot fail the connection.
  stop() {
    this.#stopped = true;
    this.#chunks = [];
    this.#length = 0;
  }

  push(chunk) {
    if (this.#stopped) return;
    this.#chunks.push(chunk);
    this.#length += chunk.length;
    for (;;) {
      if (this.#length < 2) return;
      const head = this.#peek(Math.min(this.#length, 14));
      const fin = (head[0] & 0x80) !== 0;
      const rsv = head[0] & 0x70;
      const opcode = head[0] & 0x0f;
      const masked = (head[1] & 0x80) !== 0;
      let len = head[1] & 0x7f;
      let offset = 2;
      // RSV1 marks a compressed message when permessage-deflate was negotiated, and
      // only on a message's first frame.
      const rsv1 = (rsv & 0x40) !== 0;
      // Opcodes 0x3-0x7 and 0xB-0xF are reserved: a frame with one fails the connection,
      // whatever its other bits say.
      if ((opcode > 0x2 && opcode < 0x8) || opcode > 0xa) throw new ProtocolError('Invalid opcode received', 1002);
      if ((rsv & 0x30) !== 0 || (rsv1 && (!this.allowRsv1 || opcode === 0 || opcode >= 0x8))) {
        throw new ProtocolError('RSV1, RSV2, RSV3 must be clear', 1002);
      }
      if (masked) throw new ProtocolError('Frame cannot be masked', 1002);
      if (len === 126) {
        if (head.length < 4) return;
        len = head.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (head.length < 10) return;
        const hi = head.readUInt32BE(2);
        if (hi > 0x1fffff) throw new ProtocolError('Received payload length > 2^53 bytes.', 1009);
        len = hi * 2 ** 32 + head.readUInt32BE(6);
        offset = 10;
      }
      if (opcode >= 0x8) {
        if (!fin) throw new ProtocolError('Fragmented control frame', 1002);
        if (len > 125) throw new ProtocolError('Payload length for control frame exceeded 125 bytes.', 1002);
      }
      if (len > this.#maxPayload) throw new ProtocolError('Message too big', 1009);
      if (this.#length < offset + len) return;
      const frame = this.#take(offset + len);
      this.onFrame(fin, opcode, frame.subarray(offset), rsv1);
      if (this.#stopped) return;
    }
  }

  #peek(n) {
    if (this.#chunks[0].length >= n) return this.#chunks[0].subarray(0, n);
    const all = Buffer.concat(this.#chunks);
    this.#chunks = [all];
    return all.subarray(0, n);
  }

  #take(n) {
    let out;
    if (this.#chunks[0].length >= n) {
      out = this.#chunks[0].subarray(0, n);
    } else {
      out = Buffer.concat(this.#chunks);
      this.#chunks = [out];
      out = out.subarray(0, n);
    }
    const rest = this.#chunks[0].subarray(n);
    if (rest.length === 0) this.#chunks.shift();
    else this.#chunks[0] = rest;
    this.#length -= n;
    return out;
  }
}

module.exports = { OP, encodeFrame, FrameParser, ProtocolError };
