'use strict';
// OutgoingMessage: what ServerResponse and ClientRequest share. The head is built as one
// latin1 string and, when the body is a string too, sent with it in one write.

const Stream = require('stream');
const { kOutHeaders, kNeedDrain, kUniqueHeaders, utcDate } = require('internal/http');
const { checkInvalidHeaderChar, checkIsHttpToken, chunkExpression } = require('_http_common');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');
const { flattenString } = require('internal/util');
const { kStreamOps } = require('internal/stream_base_commons');

const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
// Whether the head holds characters beyond ASCII (latin1 header values, a status
// message): such a head must go out as latin1 bytes where node writes it as latin1,
// and this is known from its parts as it is built, with no scan of the joined head.
const kHeadNonAscii = Symbol('kHeadNonAscii');
const nonAscii = /[^\x00-\x7f]/;

const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlf = '\r\n';
// Header maps have no prototype; Object.create(null) makes one without the call JSC
// makes for a `{ __proto__: null }` literal (see emptyEvents in events.js).
const ObjectCreate = Object.create;

let BufferCtor;
function byteLength(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk.byteLength;
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor.byteLength(chunk, encoding);
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function nop() {}

let errnoException;
let streamWrap;
function streamBinding() {
  streamWrap ??= internalBinding('stream_wrap');
  return streamWrap;
}

function onDirectWrite(status) {
  const conn = this.socket;
  if (status < 0) {
    errnoException ??= require('internal/errors').errnoException;
    const err = errnoException(status, 'write');
    if (this.callback) this.callback(err);
    conn.destroy(err);
    return;
  }
  if (this.callback) this.callback(null);
  else if (this.msg !== null) onFinish(this.msg);
}

// A message's bytes go straight to the TCP handle when the socket has nothing queued
// (the usual case for a response): one call into C, no Writable bookkeeping. Anything
// else, or a socket in any other state, takes the socket's own write().
// finishing: the message this write ends ('finish' follows it), instead of a callback.
function writeToSocket(conn, data, encoding, callback, finishing = null) {
  const handle = conn._handle;
  // A C stream handle the parser consumes is written through the binding's plain
  // functions, which skip the engine's slow path for methods (and properties) of
  // C-class objects. (A consumed TLS handle is a JS object: its own methods.)
  const native = conn.parser?.consumed === true && conn[kStreamOps] === streamBinding();
  if (handle === null || handle === undefined || conn.connecting || conn.writableLength !== 0 ||
      conn.writableCorked !== 0 || conn.writableEnded || (!native && typeof handle.writeUtf8String !== 'function')) {
    return conn.write(data, encoding, finishing !== null ? () => onFinish(finishing) : callback);
  }
  const req = {
    oncomplete: onDirectWrite, callback: typeof callback === 'function' ? callback : null, socket: conn,
    msg: finishing,
  };
  let ret;
  const fast = native ? streamBinding() : handle;
  const first = fast === handle ? req : handle;
  if (typeof data === 'string') {
    flattenString(data);
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
      ret = fast === handle ? handle.writeUtf8String(req, data) : fast.writeUtf8String(first, req, data);
    } else if (encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii') {
      ret = fast === handle ? handle.writeLatin1String(req, data) : fast.writeLatin1String(first, req, data);
    } else {
      return conn.write(data, encoding, callback);
    }
  } else {
    ret = fast === handle ? handle.writeBuffer(req, data) : fast.writeBuffer(first, req, data);
  }
  if (ret < 0) {
    errnoException ??= require('internal/errors').errnoException;
    conn.destroy(errnoException(ret, 'write'));
    return false;
  }
  if (ret === 0) {
    if (req.callback !== null) process.nextTick(req.callback, null);
    else if (finishing !== null) process.nextTick(onFinish, finishing);
  }
  return true;
}

// Names already found valid (bounded): most responses set the same few headers.
const validNames = new Set();
// Lower-cased header names, made once per distinct name (bounded).
const lowerNames = new Map();
function lower(name) {
  let l = lowerNames.get(name);
  if (l === undefined) {
    l = name.toLowerCase();
    if (lowerNames.size < 512) lowerNames.set(name, l);
  }
  return l;
}
function validateHeaderName(name, label) {
  if (validNames.has(name)) return;
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
  if (validNames.size < 256) validNames.add(name);
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new codes.ERR_INVALID_CHAR('header content', name);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

class OutgoingMessage extends Stream {
  // Only the state most messages change is set here; the rest are defaults on the
  // prototype (see below the class), written on the instance when they change. JSC
  // makes objects with long chains of added properties slow to build and to read.
  constructor(options) {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._contentLength = null;
    this._hasBody = true;
    this.finished = false;
    this._headerSent = false;
    this.socket = null;
    this._header = null;
    this[kOutHeaders] = null;
    if (options) {
      if (options.highWaterMark !== undefined) this[kHighWaterMark] = options.highWaterMark;
      if (options.rejectNonStandardBodyWrites !== undefined) {
        this[kRejectNonStandardBodyWrites] = options.rejectNonStandardBodyWrites;
      }
    }
  }

  get errored() { return this[kErrored]; }
  get closed() { return this._closed; }
  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }
  get writableObjectMode() { return false; }
  get writableLength() { return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0); }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; }
  get writableCorked() { return this[kCorked]; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this[kNeedDrain]; }
  get connection() { return this.socket; }
  set connection(v) { this.socket = v; }
  get headersSent() { return !!this._header; }

  cork() {
    this[kCorked]++;
    if (this.socket) this.socket.cork();
  }

  uncork() {
    this[kCorked]--;
    if (this.socket) this.socket.uncork();
    if (this[kCorked] || this[kChunkedBuffer] === null || this[kChunkedBuffer].length === 0) return;
    const buf = this[kChunkedBuffer];
    let len = this[kChunkedLength];
    this._send(len.toString(16), 'latin1', null);
    this._send(crlf, null, null);
    const callbacks = [];
    for (let n = 0; n < buf.length; n += 3) {
      this._send(buf[n + 0], buf[n + 1], null);
      if (buf[n + 2]) callbacks.push(buf[n + 2]);
    }
    this._send(crlf, null, callbacks.length ? (err) => { for (const cb of callbacks) cb(err); } : null);
    this[kChunkedBuffer].length = 0;
    this[kChunkedLength] = 0;
    len = 0;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) {
      this.once('socket', (socket) => socket.setTimeout(msecs));
    } else {
      this.socket.setTimeout(msecs);
    }
    return this;
  }

  // events.captureRejections: a rejected async listener destroys the message.
  [Symbol.for('nodejs.rejection')](err) {
    this.destroy(err);
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this[kErrored] = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  _send(data, encoding, callback, len) {
    if (!this._headerSent && this._header !== null) {
      const header = this._header;
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = header + data;
      } else {
        this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
        this.outputSize += header.length;
        this._onPendingData(header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback, len);
  }

  _writeRaw(data, encoding, callback, size) {
    const conn = this.socket;
    if (conn?.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      return writeToSocket(conn, data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this[kHighWaterMark];
  }

  _storeHeader(firstLine, headers) {
    const state = {
      connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
      parts: [firstLine], nonAscii: nonAscii.test(firstLine),
    };
    if (headers) {
      if (headers === this[kOutHeaders]) {
        for (const key in headers) {
          const entry = headers[key];
          processHeader(this, state, entry[0], entry[1], false);
        }
      } else if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
          for (let i = 0; i < headers.length; i++) {
            const entry = headers[i];
            processHeader(this, state, entry[0], entry[1], true);
          }
        } else {
          if (headers.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
          for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
        }
      } else {
        for (const key in headers) {
          if (Object.hasOwn(headers, key)) processHeader(this, state, key, headers[key], true);
        }
      }
    }
    // The head is built from a few ready-made lines and joined once at the end.
    const date = this.sendDate && !state.date ? utcDateLine() : '';
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this.chunkedEncoding = false;
      this.shouldKeepAlive = false;
    }
    let connection = '';
    if (this._removedConnection) {
      this._last = !this.shouldKeepAlive;
    } else if (!state.connection) {
      const shouldSendKeepAlive = this.shouldKeepAlive &&
        (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
        connection = 'Connection: close\r\n';
      } else if (shouldSendKeepAlive) {
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          connection = keepAliveLines(Math.floor(this._keepAliveTimeout / 1000), ~~this._maxRequestsPerSocket);
        } else {
          connection = 'Connection: keep-alive\r\n';
        }
      } else {
        this._last = true;
        connection = 'Connection: close\r\n';
      }
    }
    let framing = '';
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        framing = `Content-Length: ${this._contentLength}\r\n`;
      } else if (!this._removedTE) {
        framing = 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else if (!state.trailer) {
        this._last = true;
      } else {
        throw new codes.ERR_HTTP_TRAILER_INVALID();
      }
    }
    if (this.chunkedEncoding !== true && state.trailer) throw new codes.ERR_HTTP_TRAILER_INVALID();
    state.parts.push(date, connection, framing);
    this._header = joinedHead(state.parts);
    this[kHeadNonAscii] = state.nonAscii;
    this._headerSent = false;
    if (state.expect) this._send('');
  }

  setHeader(name, value) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const headers = this[kOutHeaders] ??= ObjectCreate(null);
    headers[lower(name)] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    const cookies = [];
    for (const { 0: key, 1: value } of headers) {
      if (key === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    const headers = this[kOutHeaders] ??= ObjectCreate(null);
    if (!headers[field]) {
      headers[field] = [name, value];
      return this;
    }
    const existing = headers[field][1];
    const values = Array.isArray(existing) ? existing : [existing];
    headers[field][1] = values.concat(value);
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    if (headers === null) return undefined;
    const entry = headers[lower(name)];
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    const headers = this[kOutHeaders];
    if (headers === null) return [];
    return Object.values(headers).map((entry) => entry[0]);
  }

  getHeaders() {
    const headers = this[kOutHeaders];
    const ret = ObjectCreate(null);
    if (headers) {
      for (const key of Object.keys(headers)) ret[key] = headers[key][1];
    }
    return ret;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this[kOutHeaders] !== null && !!this[kOutHeaders][lower(name)];
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    switch (key) {
      case 'connection': this._removedConnection = true; break;
      case 'content-length': this._removedContLen = true; break;
      case 'transfer-encoding': this._removedTE = true; break;
      case 'date': this.sendDate = false; break;
    }
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  _implicitHeader() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ret = write_(this, chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  }

  addTrailers(headers) {
    this._trailer = '';
    const isArray = Array.isArray(headers);
    const keys = isArray ? headers : Object.keys(headers);
    for (let i = 0; i < keys.length; i++) {
      let field, value;
      if (isArray) {
        field = headers[i][0];
        value = headers[i][1];
      } else {
        field = keys[i];
        value = headers[field];
      }
      validateHeaderName(field, 'Trailer name');
      if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
        for (let j = 0; j < value.length; j++) {
          if (checkInvalidHeaderChar(value[j])) throw new codes.ERR_INVALID_CHAR('trailer content', field);
          this._trailer += field + ': ' + value[j] + crlf;
        }
      } else {
        if (Array.isArray(value)) value = value.join('; ');
        if (checkInvalidHeaderChar(value)) throw new codes.ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value + crlf;
      }
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const finish = () => onFinish(this);
    if (chunk) {
      if (this.finished) {
        onError(this, new codes.ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
        return this;
      }
      // The common case: the whole body in end() and nothing sent yet. Head, body (with
      // its chunk framing) and the 'finish' callback go out in one write.
      if (!this._headerSent && !this[kCorked] && this.outputData.length === 0 && !this.strictContentLength &&
          this.socket && this.socket._httpMessage === this && this.socket._handle !== undefined && !this.destroyed &&
          (typeof chunk === 'string' ? (!encoding || encoding === 'utf8' || encoding === 'latin1') : isUint8Array(chunk))) {
        endInOneWrite(this, chunk, encoding, callback);
        return this;
      }
      if (this.socket) this.socket.cork();
      write_(this, chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
      }
      return this;
    } else if (!this._header) {
      if (this.socket) this.socket.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
      throw new codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
    }
    if (this._hasBody && this.chunkedEncoding) this._send('0\r\n' + this._trailer + crlf, 'latin1', finish);
    else if (!this._headerSent || this.writableLength || chunk) this._send('', 'latin1', finish);
    else process.nextTick(finish);
    if (this.socket) {
      this.socket._writableState.corked = 1;
      this.socket.uncork();
    }
    this[kCorked] = 1;
    this.uncork();
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  }

  _finish() {
    this.emit('prefinish');
  }

  _flush() {
    const socket = this.socket;
    if (socket && socket.writable) {
      const ret = this._flushOutput(socket);
      if (this.finished) this._finish();
      else if (ret && this[kNeedDrain]) {
        this[kNeedDrain] = false;
        this.emit('drain');
      }
    }
  }

  _flushOutput(socket) {
    while (this[kCorked]) {
      this[kCorked]--;
      socket.cork();
    }
    const outputLength = this.outputData.length;
    if (outputLength <= 0) return undefined;
    const outputData = this.outputData;
    socket.cork();
    let ret;
    for (let i = 0; i < outputLength; i++) {
      const { data, encoding, callback } = outputData[i];
      outputData[i].data = null;
      ret = socket.write(data, encoding, callback);
    }
    socket.uncork();
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    return ret;
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  }

  pipe() {
    this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
  }
}

Object.assign(OutgoingMessage.prototype, {
  destroyed: false,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _trailer: '',
  _closed: false,
  _pendingErrors: 0,
  _keepAliveTimeout: 0,
  _onPendingData: nop,
  [kBytesWritten]: 0,
  [kNeedDrain]: false,
  [kCorked]: 0,
  [kChunkedBuffer]: null,
  [kChunkedLength]: 0,
  [kErrored]: null,
  [kHighWaterMark]: 65536,
  [kRejectNonStandardBodyWrites]: false,
  [kHeadNonAscii]: false,
});

// 'Date: ...\r\n', remade when the date string changes (once a second).
let dateLineFor = '';
let dateLine = '';
function utcDateLine() {
  const d = utcDate();
  if (d !== dateLineFor) {
    dateLineFor = d;
    dateLine = `Date: ${d}\r\n`;
  }
  return dateLine;
}

// 'Connection: keep-alive\r\nKeep-Alive: timeout=N[, max=M]\r\n' for the last settings.
let keepAliveFor = -1;
let keepAliveMaxFor = -1;
let keepAliveLine = '';
function keepAliveLines(timeoutSeconds, max) {
  if (timeoutSeconds !== keepAliveFor || max !== keepAliveMaxFor) {
    keepAliveFor = timeoutSeconds;
    keepAliveMaxFor = max;
    keepAliveLine = `Connection: keep-alive\r\nKeep-Alive: timeout=${timeoutSeconds}${max > 0 ? `, max=${max}` : ''}\r\n`;
  }
  return keepAliveLine;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // A Content-Disposition value's latin1 characters stand for bytes (RFC 6266 4.3). With
  // a Content-Length the head goes out in the body's encoding (UTF-8), so they are
  // turned into the characters those bytes spell in UTF-8, as node does.
  if (key.length === 19 && self._contentLength && lower(key) === 'content-disposition') {
    BufferCtor ??= require('buffer').Buffer;
    if (Array.isArray(value)) value = value.map((v) => BufferCtor.from(v, 'latin1').toString());
    else value = BufferCtor.from(value, 'latin1').toString();
  }
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

// Tab and printable ASCII: a valid value, the same bytes in latin1 and UTF-8.
const asciiHeaderValue = /^[\t\x20-\x7e]*$/;

function storeHeader(self, state, key, value, validate) {
  // One scan for the common value, which it shows valid; the rest are checked.
  if (!asciiHeaderValue.test(value)) {
    if (validate) validateHeaderValue(key, value);
    state.nonAscii = true;
  } else if (validate && value === undefined) {
    validateHeaderValue(key, value);
  }
  state.parts.push(key, value);
  matchHeader(self, state, key, value);
}

// The last head joined, and the parts it was joined from: [first line, name, value,
// ..., date line, connection lines, framing line]. A server sends the same head
// response after response (its date line changes once a second), and a head joined
// anew is a rope of a dozen or more pieces that the engine copies into one string
// each time it is written (measured: ~1,800 instructions a response). The head kept
// is one string already. Kept only when every value is a string or a number, whose
// text is fixed.
let lastParts = null;
let lastHead = '';

function joinedHead(parts) {
  if (lastParts !== null && sameParts(parts, lastParts)) return lastHead;
  const n = parts.length - 3;
  let head = parts[0];
  let fixed = true;
  for (let i = 1; i < n; i += 2) {
    const value = parts[i + 1];
    if (typeof value !== 'string' && typeof value !== 'number') fixed = false;
    head = `${head}${parts[i]}: ${value}\r\n`;
  }
  head = `${head}${parts[n]}${parts[n + 1]}${parts[n + 2]}\r\n`;
  if (fixed) {
    flattenString(head); // joined once, kept joined
    lastParts = parts;
    lastHead = head;
  }
  return head;
}

function sameParts(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = lower(field);
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (chunkExpression.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function onError(msg, err, callback) {
  if (msg.socket && msg.socket._hadError) return;
  // Counted so that a message finishing meanwhile stays undestroyed until these are out.
  msg._pendingErrors++;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  msg._pendingErrors--;
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

const kOnFinish = Symbol('kOnFinish');
const kAfterFinish = Symbol('kAfterFinish');

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  // The server's own bookkeeping runs first, as node's first 'finish' listener does.
  const hook = outmsg[kOnFinish];
  if (hook !== undefined) hook(outmsg);
  outmsg.emit('finish');
  const after = outmsg[kAfterFinish];
  if (after !== undefined) after(outmsg);
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function endInOneWrite(msg, chunk, encoding, callback) {
  const isString = typeof chunk === 'string';
  if (!msg._header) {
    msg._contentLength = isString ? byteLength(chunk, encoding) : chunk.byteLength;
    msg._implicitHeader();
  }
  if (typeof callback === 'function') msg.once('finish', callback);
  const header = msg._header;
  msg._headerSent = true;
  msg.finished = true;
  const conn = msg.socket;
  if (!msg._hasBody) {
    writeToSocket(conn, header, 'latin1', null, msg);
  } else if (msg.chunkedEncoding) {
    const len = isString ? byteLength(chunk, encoding) : chunk.byteLength;
    const tail = '\r\n0\r\n' + msg._trailer + '\r\n';
    const head = header + len.toString(16) + '\r\n';
    if (len === 0) {
      writeToSocket(conn, header + '0\r\n' + msg._trailer + '\r\n', 'latin1', null, msg);
    } else if (isString && (encoding === 'latin1' || !msg[kHeadNonAscii])) {
      writeToSocket(conn, head + chunk + tail, encoding, null, msg);
    } else {
      // The head is latin1 whatever the body's encoding (writev encodes strings as UTF-8).
      if (isString) chunk = (BufferCtor ??= require('buffer').Buffer).from(chunk, encoding);
      writevToSocket(conn, [latin1Head(msg, head), chunk, tail], () => onFinish(msg));
    }
  } else if (isString) {
    writeToSocket(conn, header + chunk, encoding, null, msg);
  } else {
    writevToSocket(conn, [latin1Head(msg, header), chunk], () => onFinish(msg));
  }
  msg._finish();
}

// msg's head (or the head and a chunk size) as latin1 bytes when it has characters
// beyond ASCII: writev would encode a string as UTF-8.
function latin1Head(msg, head) {
  return msg[kHeadNonAscii] ? (BufferCtor ??= require('buffer').Buffer).from(head, 'latin1') : head;
}

function writevToSocket(conn, list, callback) {
  const handle = conn._handle;
  if (handle === null || handle === undefined || conn.connecting || conn.writableLength !== 0 ||
      conn.writableCorked !== 0 || conn.writableEnded || typeof handle.writev !== 'function') {
    conn.cork();
    for (let i = 0; i < list.length; i++) conn.write(list[i], typeof list[i] === 'string' ? 'latin1' : undefined, i === list.length - 1 ? callback : undefined);
    conn.uncork();
    return;
  }
  const req = { oncomplete: onDirectWrite, callback, socket: conn };
  const ret = handle.writev(req, list);
  if (ret < 0) {
    errnoException ??= require('internal/errors').errnoException;
    conn.destroy(errnoException(ret, 'write'));
  } else if (ret === 0) {
    process.nextTick(callback, null);
  }
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new codes.ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len ??= byteLength(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new codes.ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLength(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      (msg[kChunkedBuffer] ??= []).push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      ret = msg[kChunkedLength] < msg[kHighWaterMark];
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlf, null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

module.exports = {
  OutgoingMessage,
  kAfterFinish,
  kOnFinish,
  kHighWaterMark,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
};

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(headers[i].toLowerCase());
  return unique;
}
