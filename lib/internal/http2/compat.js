'use strict';
// The http/1-style compatibility API of node:http2: a server with 'request'
// listeners gets (Http2ServerRequest, Http2ServerResponse) for each stream, over the
// stream's own Duplex.

const { Readable, Stream } = require('stream');
const { codes } = require('internal/errors');
const {
  validateFunction, validateLinkHeaderValue, validateObject, validateString,
} = require('internal/validators');

const kStream = Symbol('kStream');
const kRequest = Symbol('kRequest');
const kHeaders = Symbol('kHeaders');
const kRawHeaders = Symbol('kRawHeaders');
const kTrailers = Symbol('kTrailers');
const kRawTrailers = Symbol('kRawTrailers');
const kState = Symbol('kState');
const kAborted = Symbol('kAborted');
const kSetHeader = Symbol('kSetHeader');
const kAppendHeader = Symbol('kAppendHeader');
const kBeginSend = Symbol('kBeginSend');

const kConnectionHeaders = new Set([
  'connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding', 'keep-alive', 'proxy-connection',
]);
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidValueRegExp = /[^\t\x20-\x7e\x80-\xff]/;

let statusMessageWarned = false;
function warnStatusMessage() {
  if (statusMessageWarned) return;
  statusMessageWarned = true;
  process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)',
                      'UnsupportedWarning');
}

const kProxySocket = Symbol('kProxySocket');
const { kSocket: kSessionSocket } = require('internal/http2/symbols');
const kSocketOf = Symbol('kSocketOf');

// req.socket / res.socket: a view of the stream that reads like the connection's
// socket (address, encrypted, bytesWritten...) but keeps the stream's own state and
// events, and refuses reads and writes that would corrupt the HTTP/2 framing.
function proxySocket(stream) {
  if (stream[kProxySocket]) return stream[kProxySocket];
  stream[kSocketOf] = stream.session?.[kSessionSocket];
  const socketOf = () => stream.session?.[kSessionSocket] ?? stream[kSocketOf];
  const handler = {
    has(target, prop) {
      const socket = socketOf();
      return prop in stream || (socket !== undefined && prop in socket);
    },
    get(target, prop) {
      switch (prop) {
        case 'on': case 'once': case 'end': case 'emit': case 'destroy':
          return stream[prop].bind(stream);
        case 'writable': case 'destroyed': case 'readable':
          return stream[prop];
        case 'setTimeout': {
          const session = stream.session;
          return session ? session.setTimeout.bind(session) : () => {};
        }
        case 'write': case 'read': case 'pause': case 'resume': {
          const { codes: { ERR_HTTP2_NO_SOCKET_MANIPULATION } } = require('internal/errors');
          throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
        }
        default: {
          const socket = socketOf();
          if (socket === undefined) return undefined;
          const value = socket[prop];
          return typeof value === 'function' ? value.bind(socket) : value;
        }
      }
    },
    getPrototypeOf() {
      const socket = socketOf();
      return socket ? Object.getPrototypeOf(socket) : Object.getPrototypeOf(stream);
    },
    set(target, prop, value) {
      switch (prop) {
        case 'writable': case 'readable': case 'destroyed': case 'on': case 'once': case 'end':
        case 'emit': case 'destroy':
          stream[prop] = value;
          return true;
        case 'setTimeout': {
          const session = stream.session;
          if (session) session.setTimeout = value;
          return true;
        }
        case 'write': case 'read': case 'pause': case 'resume': {
          const { codes: { ERR_HTTP2_NO_SOCKET_MANIPULATION } } = require('internal/errors');
          throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
        }
        default: {
          const socket = socketOf();
          if (socket !== undefined) socket[prop] = value;
          return true;
        }
      }
    },
  };
  stream[kProxySocket] = new Proxy(stream, handler);
  return stream[kProxySocket];
}

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, didRead: false };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    this[kAborted] = false;
    stream.on('trailers', (trailers, flags, raw) => {
      this[kTrailers] = trailers;
      this[kRawTrailers] = raw;
    });
    stream.on('data', (chunk) => {
      if (!this.push(chunk)) stream.pause();
    });
    stream.on('end', () => this.push(null));
    stream.on('aborted', () => {
      if (this[kAborted]) return;
      this[kAborted] = true;
      this.emit('aborted');
    });
    stream.on('error', () => {});
    stream.on('close', () => {
      this[kState].closed = true;
      this.emit('close');
    });
    stream.on('timeout', () => this.emit('timeout'));
    this.on('pause', () => stream.pause());
    this.on('resume', () => stream.resume());
  }

  get aborted() { return this[kAborted]; }
  get complete() {
    return this[kAborted] || this.readableEnded || this[kState].closed || this[kStream].destroyed;
  }

  get stream() { return this[kStream]; }
  get headers() { return this[kHeaders]; }
  get rawHeaders() { return this[kRawHeaders]; }
  get trailers() { return this[kTrailers]; }
  get rawTrailers() { return this[kRawTrailers]; }
  get httpVersionMajor() { return 2; }
  get httpVersionMinor() { return 0; }
  get httpVersion() { return '2.0'; }
  get socket() { return proxySocket(this[kStream]); }
  get connection() { return this.socket; }
  get method() { return this[kHeaders][':method']; }
  set method(method) {
    validateString(method, 'method');
    if (method.trim() === '') throw new codes.ERR_INVALID_ARG_VALUE('method', method);
    this[kHeaders][':method'] = method;
  }

  get authority() { return this[kHeaders][':authority'] ?? this[kHeaders].host; }
  get scheme() { return this[kHeaders][':scheme']; }
  get url() { return this[kHeaders][':path']; }
  set url(url) { this[kHeaders][':path'] = url; }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }

  _read() {
    this[kState].didRead = true;
    this[kStream].resume();
  }
}

class Http2ServerResponse extends Stream {
  constructor(stream, headers) {
    super();
    this[kState] = {
      closed: false,
      ending: false,
      destroyed: false,
      sendDate: true,
      statusCode: 200,
      trailers: { __proto__: null },
    };
    this[kHeaders] = { __proto__: null };
    this[kStream] = stream;
    this.writable = true;
    this.req = stream[kRequest];
    stream.on('drain', () => this.emit('drain'));
    stream.on('aborted', () => {});
    stream.on('close', () => {
      this[kState].closed = true;
      this.writable = false;
      this.emit('finish');
      this.emit('close');
    });
    stream.on('wantTrailers', () => {
      const trailers = this[kState].trailers;
      stream.sendTrailers(trailers);
    });
    stream.on('timeout', () => this.emit('timeout'));
  }

  get _header() { return this.headersSent; }
  get writableEnded() { return this[kState].ending; }
  get finished() { return this[kState].ending; }
  get socket() { return this[kState].closed ? undefined : proxySocket(this[kStream]); }
  get connection() { return this.socket; }
  get stream() { return this[kStream]; }
  get headersSent() { return this[kStream].headersSent; }
  get sendDate() { return this[kState].sendDate; }
  set sendDate(bool) { this[kState].sendDate = !!bool; }
  get writableCorked() { return this[kStream].writableCorked; }
  cork() { this[kStream].cork(); }
  uncork() { this[kStream].uncork(); }
  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }
  get writableFinished() { return this[kStream].writableFinished; }
  get writableLength() { return this[kStream].writableLength; }

  get statusCode() { return this[kState].statusCode; }
  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) throw new codes.ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new codes.ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }

  get statusMessage() {
    warnStatusMessage();
    return '';
  }

  set statusMessage(msg) {
    warnStatusMessage();
  }

  setTrailer(name, value) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    this[kState].trailers[name] = value;
  }

  addTrailers(headers) {
    for (const key of Object.keys(headers)) this.setTrailer(key, headers[key]);
  }

  getHeader(name) {
    validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()];
  }

  getHeaderNames() { return Object.keys(this[kHeaders]); }

  getHeaders() {
    const headers = { __proto__: null };
    for (const key of Object.keys(this[kHeaders])) headers[key] = this[kHeaders][key];
    return headers;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return name.trim().toLowerCase() in this[kHeaders];
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new codes.ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    if (name === 'date') {
      this[kState].sendDate = false;
      return;
    }
    delete this[kHeaders][name];
  }

  setHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new codes.ERR_HTTP2_HEADERS_SENT();
    this[kSetHeader](name, value);
  }

  [kSetHeader](name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (kConnectionHeaders.has(name)) {
      // HTTP/1 connection headers mean nothing in HTTP/2: dropped, as node does.
      process.emitWarning('The provided connection header is not valid, the value will be ' +
                          'dropped from the header and will never be in use.', 'UnsupportedWarning');
      return;
    }
    this[kHeaders][name] = value;
  }

  appendHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new codes.ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    const existing = this[kHeaders][name];
    if (existing === undefined) this[kHeaders][name] = value;
    else this[kHeaders][name] = [].concat(existing, value);
  }

  flushHeaders() {
    const state = this[kState];
    if (!state.closed && !this[kStream].headersSent) this.writeHead(state.statusCode);
  }

  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    // Nothing can be sent on a stream that is closed (by either side) any more.
    if (state.closed || this.stream.destroyed || this.stream.closed) return this;
    if (this[kStream].headersSent) throw new codes.ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') warnStatusMessage();
    if (headers === undefined && typeof statusMessage === 'object') headers = statusMessage;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) this[kAppendHeader](k, v);
      } else {
        if (headers.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this[kAppendHeader](headers[i], headers[i + 1]);
      }
    } else if (typeof headers === 'object' && headers !== null) {
      for (const key of Object.keys(headers)) this[kSetHeader](key, headers[key]);
    }
    this.statusCode = statusCode;
    this[kBeginSend]();
    return this;
  }

  [kAppendHeader](name, value) {
    name = String(name).trim().toLowerCase();
    assertValidHeader(name, value);
    const existing = this[kHeaders][name];
    if (existing === undefined) this[kHeaders][name] = value;
    else this[kHeaders][name] = [].concat(existing, value);
  }

  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    let err;
    if (state.ending) err = new codes.ERR_STREAM_WRITE_AFTER_END();
    else if (state.closed) err = new codes.ERR_HTTP2_INVALID_STREAM();
    else if (state.destroyed) return false;
    if (err) {
      if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    const stream = this[kStream];
    if (!stream.headersSent) this.writeHead(state.statusCode);
    return stream.write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    const stream = this[kStream];
    const state = this[kState];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if (state.closed || state.ending) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.ending = true;
    // A request nobody read is drained, so that its 'end' still comes.
    const req = this.req;
    if (req && !req[kState].didRead && req.readableFlowing === null) req.resume();
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(state.statusCode);
    if (this[kState].closed || stream.destroyed) {
      if (typeof cb === 'function') process.nextTick(cb);
    } else {
      stream.end();
    }
    return this;
  }

  destroy(err) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(err);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return this;
    this[kStream].setTimeout(msecs, callback);
    return this;
  }

  createPushResponse(headers, callback) {
    validateFunction(callback, 'callback');
    if (this[kState].closed) {
      process.nextTick(callback, new codes.ERR_HTTP2_INVALID_STREAM());
      return;
    }
    this[kStream].pushStream(headers, {}, (err, stream) => {
      if (err) {
        callback(err);
        return;
      }
      callback(null, new Http2ServerResponse(stream));
    });
  }

  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ ':status': 100 });
    return true;
  }

  // A 103 with the Link value(s) of hints.link (nothing is sent without one) and the
  // other hints as headers.
  writeEarlyHints(hints) {
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return false;
    const link = validateLinkHeaderValue(hints.link);
    if (link.length === 0) return false;
    const headers = { __proto__: null, ':status': 103, link };
    for (const key of Object.keys(hints)) {
      if (key !== 'link') headers[key.toLowerCase()] = hints[key];
    }
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders(headers);
    return true;
  }

  [kBeginSend]() {
    const state = this[kState];
    const headers = this[kHeaders];
    headers[':status'] = state.statusCode;
    const options = {
      endStream: state.ending,
      waitForTrailers: true,
      sendDate: state.sendDate,
    };
    this[kStream].respond(headers, options);
  }
}

function assertValidHeader(name, value) {
  if (typeof name === 'string' && name[0] === ':') throw new codes.ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
  if (name === '' || typeof name !== 'string' || !tokenRegExp.test(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
  if (value === undefined || value === null) throw new codes.ERR_HTTP2_INVALID_HEADER_VALUE(value, name);
  if (typeof value === 'string' && invalidValueRegExp.test(value)) {
    const { codes: { ERR_INVALID_CHAR } } = require('internal/errors');
    throw new ERR_INVALID_CHAR('header content', name);
  }
}

// Called for each stream of a server that has 'request' listeners.
function onServerStream(server, stream, headers, flags, rawHeaders, options) {
  const RequestClass = options.Http2ServerRequest ?? Http2ServerRequest;
  const ResponseClass = options.Http2ServerResponse ?? Http2ServerResponse;
  const request = stream[kRequest] = new RequestClass(stream, headers, undefined, rawHeaders);
  const response = new ResponseClass(stream, headers);
  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation')) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = 417;
      response.end();
    }
    return;
  }
  // CONNECT (a tunnel, or RFC 8441's extended one) is for 'connect' listeners only.
  if (headers[':method'] === 'CONNECT') {
    if (!server.emit('connect', request, response)) {
      response.statusCode = 405;
      response.end();
    }
    return;
  }
  server.emit('request', request, response);
}

module.exports = {
  Http2ServerRequest,
  Http2ServerResponse,
  onServerStream,
};
