'use strict';
// A small RFC 6455 WebSocket server endpoint for the chat demo: the opening
// handshake on an HTTP 'upgrade' request, frame parsing (masking, fragmentation,
// 16/64-bit lengths), text/binary messages, ping/pong and the closing handshake.
// It uses only node's built-in modules.

const crypto = require('crypto');
const EventEmitter = require('events');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONT = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xA;
const MAX_MESSAGE = 1 << 20;

function acceptKey(key) {
  return crypto.createHash('sha1').update(key + GUID).digest('base64');
}

function frame(opcode, payload) {
  const len = payload.length;
  let header;
  if (len < 126) {
    header = Buffer.from([0x80 | opcode, len]);
  } else if (len < 65536) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([header, payload]);
}

// A message (a string is sent as text, bytes as binary) as one unmasked frame, ready
// for WebSocket#sendFrame; the same Buffer may go to every client.
function prepare(data) {
  const isText = typeof data === 'string';
  return frame(isText ? OP_TEXT : OP_BINARY, isText ? Buffer.from(data) : data);
}

class WebSocket extends EventEmitter {
  #socket;
  #buffer = Buffer.alloc(0);
  #fragments = [];
  #fragmentOpcode = 0;
  #closed = false;

  constructor(socket, head) {
    super();
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('close', () => this.#finish(1006));
    socket.on('error', () => socket.destroy());
    if (head && head.length) this.#onData(head);
  }

  send(data) {
    this.sendFrame(prepare(data));
  }

  // Sends a frame made by prepare(): a message going to many clients is framed once.
  sendFrame(prepared) {
    if (this.#closed) return;
    this.#socket.write(prepared);
  }

  close(code = 1000, reason = '') {
    if (this.#closed) return;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    this.#socket.end(frame(OP_CLOSE, payload));
    this.#finish(code);
  }

  #finish(code) {
    if (this.#closed) return;
    this.#closed = true;
    this.emit('close', code);
  }

  #fail(code) {
    this.close(code);
    this.#socket.destroy();
  }

  #onData(chunk) {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
    while (!this.#closed) {
      const b = this.#buffer;
      if (b.length < 2) return;
      const fin = (b[0] & 0x80) !== 0;
      const opcode = b[0] & 0x0f;
      const masked = (b[1] & 0x80) !== 0;
      let len = b[1] & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        const big = b.readBigUInt64BE(2);
        if (big > BigInt(MAX_MESSAGE)) return this.#fail(1009);
        len = Number(big);
        offset = 10;
      }
      if (!masked) return this.#fail(1002); // clients must mask
      if (len > MAX_MESSAGE) return this.#fail(1009);
      if (b.length < offset + 4 + len) return;
      const mask = b.subarray(offset, offset + 4);
      const payload = Buffer.from(b.subarray(offset + 4, offset + 4 + len));
      for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
      this.#buffer = b.subarray(offset + 4 + len);
      this.#onFrame(fin, opcode, payload);
    }
  }

  #onFrame(fin, opcode, payload) {
    switch (opcode) {
      case OP_PING:
        this.#socket.write(frame(OP_PONG, payload));
        return;
      case OP_PONG:
        return;
      case OP_CLOSE:
        this.close(payload.length >= 2 ? payload.readUInt16BE(0) : 1000);
        return;
      case OP_TEXT:
      case OP_BINARY:
        this.#fragmentOpcode = opcode;
        this.#fragments = [payload];
        break;
      case OP_CONT:
        if (this.#fragments.length === 0) return this.#fail(1002);
        this.#fragments.push(payload);
        break;
      default:
        return this.#fail(1002);
    }
    if (!fin) return;
    const message = Buffer.concat(this.#fragments);
    this.#fragments = [];
    this.emit('message', this.#fragmentOpcode === OP_TEXT ? message.toString('utf8') : message);
  }
}

// Completes the handshake for an HTTP 'upgrade' request; returns a WebSocket, or
// null after answering 400 to a request that is not a valid WebSocket upgrade.
function upgrade(req, socket, head) {
  const key = req.headers['sec-websocket-key'];
  if (req.headers.upgrade?.toLowerCase() !== 'websocket' || !key ||
      req.headers['sec-websocket-version'] !== '13') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    return null;
  }
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`);
  return new WebSocket(socket, head);
}

// A client-side frame (masked), for the demo's own load generator and tests.
function clientFrame(text) {
  const payload = Buffer.from(text);
  const mask = crypto.randomBytes(4);
  const f = frame(OP_TEXT, payload);
  const headerLen = f.length - payload.length;
  const out = Buffer.alloc(f.length + 4);
  f.copy(out, 0, 0, headerLen);
  out[1] |= 0x80;
  mask.copy(out, headerLen);
  for (let i = 0; i < payload.length; i++) out[headerLen + 4 + i] = payload[i] ^ mask[i & 3];
  return out;
}

module.exports = { WebSocket, acceptKey, clientFrame, prepare, upgrade };
