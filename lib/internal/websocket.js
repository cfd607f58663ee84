'use strict';
// The WHATWG WebSocket client (node 24's global WebSocket): the opening handshake
// over http(s) 'upgrade', RFC 6455 messages, ping/pong and the closing handshake.

const { EventTarget, defineEventHandler, initEventTarget } = require('internal/event_target');
const { CloseEvent, ErrorEvent, lazyMessageEvent } = require('internal/websocket/events');
const { OP, encodeFrame, FrameParser, ProtocolError } = require('internal/websocket/frames');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const kState = Symbol('state');

function domError(message, name) {
  return new DOMException(message, name);
}

function parseWebSocketURL(url) {
  let parsed;
  try {
    parsed = new URL(`${url}`);
  } catch (err) {
    throw domError(`${err}`, 'SyntaxError');
  }
  if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
  else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
    throw domError('expected a ws: or wss: url', 'SyntaxError');
  }
  if (parsed.hash !== '' || parsed.href.endsWith('#')) throw domError('hash', 'SyntaxError');
  return parsed;
}

function parseProtocols(protocols) {
  if (protocols === undefined) return [];
  const list = typeof protocols === 'string' ? [protocols] : [...protocols].map((p) => `${p}`);
  if (new Set(list).size !== list.length || list.some((p) => !tokenRe.test(p))) {
    throw domError('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
  }
  return list;
}

function state(ws) {
  const s = ws?.[kState];
  if (s === undefined) throw require('internal/fetch/webidl').illegalInvocation();
  return s;
}

class WebSocket extends EventTarget {
  constructor(url, protocols = []) {
    super();
    if (arguments.length < 1) {
      throw new TypeError('WebSocket constructor: 1 argument required, but 0 found.');
    }
    let headers;
    if (protocols !== null && typeof protocols === 'object' && !Array.isArray(protocols) &&
        typeof protocols[Symbol.iterator] !== 'function') {
      headers = protocols.headers;
      protocols = protocols.protocols;
    }
    const parsed = parseWebSocketURL(url);
    const list = parseProtocols(protocols);
    this[kState] = {
      url: parsed,
      readyState: CONNECTING,
      protocol: '',
      extensions: '',
      binaryType: 'blob',
      bufferedAmount: 0,
      socket: null,
      request: null,
      parser: null,
      sentClose: false,
      receivedClose: false,
      closeCode: 1005,
      closeReason: '',
      fragments: [],
      fragmentOpcode: 0,
      sendChain: null, // pending Blob sends keep messages in order
      closed: false,
      decoder: new TextDecoder('utf-8', { fatal: true }),
    };
    Object.defineProperty(this, kState, { enumerable: false });
    connect(this, list, headers);
  }

  get url() { return state(this).url.href; }
  get readyState() { return state(this).readyState; }
  get bufferedAmount() { return state(this).bufferedAmount; }
  get extensions() { return state(this).extensions; }
  get protocol() { return state(this).protocol; }
  get binaryType() { return state(this).binaryType; }
  set binaryType(value) {
    const s = state(this);
    if (value === 'blob' || value === 'arraybuffer') s.binaryType = value;
  }

  close(code = undefined, reason = undefined) {
    const s = state(this);
    if (code !== undefined) {
      code = Number(code);
      if (code !== 1000 && !(code >= 3000 && code <= 4999)) throw domError('invalid code', 'InvalidAccessError');
    }
    let reasonBytes = new Uint8Array(0);
    if (reason !== undefined) {
      reasonBytes = new TextEncoder().encode(`${reason}`);
      if (reasonBytes.byteLength > 123) {
        throw domError(`Reason must be less than 123 bytes; received ${reasonBytes.byteLength}`, 'SyntaxError');
      }
    }
    if (s.readyState === CLOSING || s.readyState === CLOSED) return;
    if (s.readyState === CONNECTING) {
      s.readyState = CLOSING;
      s.request?.destroy();
      failConnection(this, 1006, '');
      return;
    }
    s.readyState = CLOSING;
    sendClose(this, code, reasonBytes);
  }

  send(data) {
    const s = state(this);
    if (arguments.length < 1) throw new TypeError('WebSocket.send: 1 argument required, but 0 found.');
    if (s.readyState === CONNECTING) throw domError('Sent before connected.', 'InvalidStateError');
    let opcode;
    let payload;
    const { isBlob } = require('internal/blob');
    if (typeof data === 'string') {
      opcode = OP.TEXT;
      payload = Buffer.from(data, 'utf8');
    } else if (isBlob(data)) {
      opcode = OP.BINARY;
      payload = data;
    } else if (data instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && data instanceof SharedArrayBuffer)) {
      opcode = OP.BINARY;
      payload = new Uint8Array(data);
    } else if (ArrayBuffer.isView(data)) {
      opcode = OP.BINARY;
      payload = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    } else {
      opcode = OP.TEXT;
      payload = Buffer.from(`${data}`, 'utf8');
    }
    const size = isBlob(payload) ? payload.size : payload.byteLength;
    if (s.readyState !== OPEN || s.sentClose) return;
    s.bufferedAmount += size;
    if (isBlob(payload) || s.sendChain !== null) {
      const prev = s.sendChain ?? Promise.resolve();
      const chain = prev.then(async () => {
        const bytes = isBlob(payload) ? await payload.bytes() : payload;
        writeFrame(this, opcode, bytes, size);
      });
      s.sendChain = chain;
      chain.finally(() => { if (s.sendChain === chain) s.sendChain = null; });
      return;
    }
    writeFrame(this, opcode, payload, size);
  }
}

function writeFrame(ws, opcode, payload, size) {
  const s = ws[kState];
  if (s.socket === null || s.socket.destroyed) return;
  s.socket.write(encodeFrame(opcode, payload), () => {
    s.bufferedAmount -= size;
  });
}

function sendClose(ws, code, reasonBytes) {
  const s = ws[kState];
  if (s.sentClose) return;
  s.sentClose = true;
  let payload;
  if (code === undefined) {
    payload = new Uint8Array(0);
  } else {
    payload = Buffer.allocUnsafe(2 + reasonBytes.byteLength);
    payload.writeUInt16BE(code, 0);
    payload.set(reasonBytes, 2);
  }
  const send = () => {
    if (s.socket === null || s.socket.destroyed) return;
    s.socket.write(encodeFrame(OP.CLOSE, payload));
    if (s.receivedClose) s.socket.end();
    // A server that never answers must not keep the connection forever.
    s.closeTimer = setTimeout(() => s.socket?.destroy(), 30_000);
    s.closeTimer.unref?.();
  };
  if (s.sendChain !== null) s.sendChain.then(send);
  else send();
}

for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING], ['CLOSED', CLOSED]]) {
  Object.defineProperty(WebSocket, name, { value, enumerable: true });
}

// Opens the connection: a GET with the upgrade headers.
function connect(ws, protocols, extraHeaders) {
  const s = ws[kState];
  const { url } = s;
  const secure = url.protocol === 'wss:';
  const mod = secure ? require('https') : require('http');
  const key = require('crypto').randomBytes(16).toString('base64');
  const headers = {};
  if (extraHeaders != null) {
    const { Headers } = require('internal/fetch/headers');
    for (const [name, value] of new Headers(extraHeaders)) headers[name] = value;
  }
  Object.assign(headers, {
    'sec-websocket-key': key,
    'sec-websocket-version': '13',
    connection: 'upgrade',
    upgrade: 'websocket',
  });
  if (protocols.length > 0) headers['sec-websocket-protocol'] = protocols.join(', ');
  headers['sec-websocket-extensions'] = 'permessage-deflate; client_max_window_bits';
  headers['sec-fetch-mode'] ??= 'websocket';
  headers['user-agent'] ??= 'node';
  let req;
  try {
    req = mod.request({
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      agent: false,
    });
  } catch (err) {
    process.nextTick(() => failConnection(ws, 1006, '', err));
    return;
  }
  s.request = req;
  req.on('error', (err) => failConnection(ws, 1006, '', err));
  req.on('response', (res) => {
    res.resume();
    req.destroy();
    failConnection(ws, 1006, '', new Error('Received network error or non-101 status code.'));
  });
  req.on('upgrade', (res, socket, head) => {
    s.request = null;
    const expected = require('crypto').createHash('sha1').update(key + GUID).digest('base64');
    const protocol = res.headers['sec-websocket-protocol'];
    let problem = null;
    if (res.headers.upgrade?.toLowerCase() !== 'websocket') problem = 'Server did not set Upgrade header to "websocket".';
    else if (res.headers.connection?.toLowerCase().split(/\s*,\s*/).includes('upgrade') !== true) {
      problem = 'Server did not set Connection header to "upgrade".';
    } else if (res.headers['sec-websocket-accept'] !== expected) {
      problem = 'Incorrect hash received in Sec-WebSocket-Accept header.';
    } else if (protocol !== undefined && !protocols.includes(protocol)) {
      problem = 'Protocol was not set in the opening handshake.';
    }
    const extensions = res.headers['sec-websocket-extensions'];
    let deflate = null;
    if (problem === null && extensions !== undefined) {
      deflate = parseDeflate(extensions);
      if (deflate === null) problem = 'Received unexpected Sec-WebSocket-Extensions header.';
    }
    if (problem !== null) {
      socket.destroy();
      failConnection(ws, 1006, '', new Error(problem));
      return;
    }
    s.socket = socket;
    s.protocol = protocol ?? '';
    s.extensions = extensions ?? '';
    s.deflate = deflate;
    s.readyState = OPEN;
    socket.setNoDelay?.(true);
    const parser = new FrameParser((fin, opcode, payload, rsv1) => onFrame(ws, fin, opcode, payload, rsv1));
    parser.allowRsv1 = deflate !== null;
    s.parser = parser;
    socket.on('data', (chunk) => {
      if (s.closed) return;
      try {
        parser.push(chunk);
      } catch (err) {
        if (!(err instanceof ProtocolError)) throw err;
        protocolFailure(ws, err.closeCode, err);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => onSocketClose(ws));
    ws.dispatchEvent(new Event('open'));
    if (head !== undefined && head.length > 0 && !s.closed) socket.emit('data', head);
  });
  req.end();
}

// A text message that is not UTF-8: as node, the close frame (1007) goes out and the
// connection is dropped, but the rest of the bytes already read are still parsed
// (messages in them are dropped): a close frame from the server among them makes
// the close clean, with the server's code; without one it fails (1006).
function invalidText(ws) {
  const s = ws[kState];
  s.readyState = CLOSING;
  sendClose(ws, 1007, new TextEncoder().encode('Received invalid UTF-8 in text frame.'));
  s.socket.destroy();
}

// The server broke the protocol: close with `code` and drop the connection.
function protocolFailure(ws, code, err) {
  const s = ws[kState];
  if (s.readyState === OPEN) s.readyState = CLOSING;
  sendClose(ws, code, new TextEncoder().encode(err.message).subarray(0, 123));
  s.socket?.destroy();
  failConnection(ws, 1006, '', err);
}

// The server's permessage-deflate answer: { noContextTakeover } or null when it is
// not one the client can accept.
function parseDeflate(value) {
  const parts = value.split(';').map((p) => p.trim());
  if (parts[0].toLowerCase() !== 'permessage-deflate' || value.includes(',')) return null;
  const result = { noContextTakeover: false, engine: null };
  for (const param of parts.slice(1)) {
    const [name, arg] = param.split('=').map((x) => x?.trim());
    switch (name.toLowerCase()) {
      case 'server_no_context_takeover':
        result.noContextTakeover = true;
        break;
      case 'client_no_context_takeover':
        break; // the client sends uncompressed messages anyway
      case 'server_max_window_bits':
      case 'client_max_window_bits': {
        const bits = Number(arg?.replace(/"/g, ''));
        if (arg !== undefined && !(bits >= 8 && bits <= 15)) return null;
        break;
      }
      default:
        return null;
    }
  }
  return result;
}

const deflateTail = new Uint8Array([0x00, 0x00, 0xff, 0xff]);

// Inflates one compressed message; the inflater keeps its window across messages
// unless the server gave up context takeover.
function inflateMessage(deflate, message) {
  const { Engine, constants: C, concat } = require('internal/zlib/engine');
  deflate.engine ??= new Engine(C.INFLATERAW, { windowBits: 15 });
  const input = new Uint8Array(message.byteLength + 4);
  input.set(message, 0);
  input.set(deflateTail, message.byteLength);
  const { chunks, total } = deflate.engine.processSync(input, C.Z_SYNC_FLUSH);
  if (deflate.noContextTakeover) deflate.engine.reset();
  const out = concat(chunks, total);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

// A code a close frame may carry (RFC 6455 7.4): 1000-1014 but for 1004-1006, which
// are reserved or only reported locally, and 3000-4999 (registered and private).
function isReceivableCloseCode(code) {
  if (code >= 1000 && code <= 1014) return code < 1004 || code > 1006;
  return code >= 3000 && code <= 4999;
}

function onFrame(ws, fin, opcode, payload, rsv1) {
  const s = ws[kState];
  if (s.closed || s.receivedClose) return;
  switch (opcode) {
    case OP.PING:
      if (!s.sentClose) s.socket.write(encodeFrame(OP.PONG, payload));
      return;
    case OP.PONG:
      return;
    case OP.CLOSE: {
      s.receivedClose = true;
      s.parser.stop();
      if (payload.length === 1) return protocolFailure(ws, 1002, new Error('Invalid close frame payload'));
      let code = 1005;
      let reason = '';
      if (payload.length >= 2) {
        code = payload.readUInt16BE(0);
        if (!isReceivableCloseCode(code)) return protocolFailure(ws, 1002, new Error('Invalid status code'));
        try {
          reason = s.decoder.decode(payload.subarray(2));
        } catch (err) {
          return protocolFailure(ws, 1007, err);
        }
      }
      s.closeCode = code;
      s.closeReason = reason;
      if (s.readyState === OPEN) s.readyState = CLOSING;
      if (!s.sentClose) sendClose(ws, code === 1005 ? undefined : code, new Uint8Array(0));
      else s.socket.end();
      return;
    }
    case OP.TEXT:
    case OP.BINARY:
      if (s.fragments.length > 0) return protocolFailure(ws, 1002, new Error('Expected continuation frame'));
      s.fragmentOpcode = opcode;
      s.compressed = rsv1;
      s.fragments.push(Buffer.from(payload));
      break;
    case OP.CONT:
      if (s.fragments.length === 0) return protocolFailure(ws, 1002, new Error('Unexpected continuation frame'));
      s.fragments.push(Buffer.from(payload));
      break;
  }
  if (!fin) return;
  let message = s.fragments.length === 1 ? s.fragments[0] : Buffer.concat(s.fragments);
  s.fragments = [];
  if (s.compressed) {
    try {
      message = inflateMessage(s.deflate, message);
    } catch (err) {
      return protocolFailure(ws, 1007, err);
    }
  }
  if (s.readyState !== OPEN) return;
  let data;
  if (s.fragmentOpcode === OP.TEXT) {
    try {
      data = s.decoder.decode(message);
    } catch {
      return invalidText(ws);
    }
  } else if (s.binaryType === 'arraybuffer') {
    data = message.buffer.slice(message.byteOffset, message.byteOffset + message.byteLength);
  } else {
    const { Blob } = require('internal/blob');
    data = new Blob([message]);
  }
  const MessageEvent = lazyMessageEvent();
  ws.dispatchEvent(new MessageEvent('message', { data, origin: s.url.origin }));
}

function onSocketClose(ws) {
  const s = ws[kState];
  clearTimeout(s.closeTimer);
  if (s.closed) return;
  if (s.receivedClose && s.sentClose) {
    s.closed = true;
    s.readyState = CLOSED;
    ws.dispatchEvent(new CloseEvent('close', { wasClean: true, code: s.closeCode, reason: s.closeReason }));
    return;
  }
  failConnection(ws, 1006, '');
}

// Closes without a clean handshake: an 'error' event, then 'close' with 1006.
function failConnection(ws, code, reason, error = undefined) {
  const s = ws[kState];
  if (s.closed) return;
  s.closed = true;
  if (s.readyState !== CLOSED) s.readyState = CLOSING;
  s.socket?.destroy();
  s.request?.destroy();
  // As node does, the event carries no error object; the events come in a later
  // task, so a close() during CONNECTING reports to handlers set after it.
  setImmediate(() => {
    s.readyState = CLOSED;
    ws.dispatchEvent(new ErrorEvent('error', { error: new TypeError() }));
    ws.dispatchEvent(new CloseEvent('close', { wasClean: false, code, reason }));
  });
}

for (const name of ['open', 'error', 'close', 'message']) defineEventHandler(WebSocket.prototype, name);
require('internal/fetch/webidl').orderMembers(WebSocket.prototype, [
  'close', 'send', 'readyState', 'bufferedAmount', 'url', 'extensions', 'protocol',
  'onopen', 'onerror', 'onclose', 'onmessage', 'binaryType',
]);
for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING], ['CLOSED', CLOSED]]) {
  Object.defineProperty(WebSocket.prototype, name, { value, enumerable: true });
}
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, { value: 'WebSocket', configurable: true });

module.exports = { WebSocket, CloseEvent, ErrorEvent };
