'use strict';
// http.Server and ServerResponse. Each connection is a net.Socket whose TCP handle the
// parser consumes: reads go from libuv straight into llhttp, and JS runs once per request
// head (parserOnHeaders in _http_common) plus once per body chunk.

const net = require('net');
const { state: asyncState, kFrame } = require('internal/async_hooks');
const { OutgoingMessage, kAfterFinish, kOnFinish, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const {
  emitHttpEntry, httpObserved, kNeedDrain, kOutHeaders, kPerfStart, perfNow, traceHttpBegin, traceHttpEnd,
} = require('internal/http');
const {
  HTTPParser, allocParser, callbacks, checkInvalidHeaderChar, continueExpression, chunkExpression, freeParser, setServerParser,
  trackParser,
  kIncomingMessage, parseError, toBuffer,
} = require('_http_common');
const { IncomingMessage, streamStarted } = require('_http_incoming');
const { codes } = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { publish } = require('internal/diagnostics_channel/builtin');
const { kReading, readStart: netReadStart } = require('internal/stream_base_commons');


const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const statusLines = { __proto__: null };
const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kOptimizeEmptyRequests = Symbol('optimizeEmptyRequests');
const {
  ConnectionList, ConnectionState, idleAdd, idleRemove, kNone, kState, listRemove,
} = require('internal/http/server_connections');

// --max-http-header-size=n (NODE_OPTIONS, then the command line: the last wins) sets
// the default limit.
function cliMaxHeaderSize() {
  const args = require('internal/options').commandLineArgs();
  let size = 16384;
  for (let i = 0; i < args.length; i++) {
    const m = /^--max[-_]http[-_]header[-_]size(?:=(.*))?$/.exec(args[i]);
    if (m) size = Number(m[1] ?? args[++i]);
  }
  return size;
}
let globalMaxHeaderSize = cliMaxHeaderSize();

// --insecure-http-parser makes lenient parsing the default.
let lenientDefault;
function isLenient() {
  lenientDefault ??= require('internal/options').getOptionValue('--insecure-http-parser');
  return lenientDefault;
}

// --- ServerResponse ----------------------------------------------------------------

class ServerResponse extends OutgoingMessage {
  constructor(req, options) {
    super(options);
    if (req.method === 'HEAD') this._hasBody = false;
    this.req = req;
    this.sendDate = true;
    this.statusCode = 200;
    this.statusMessage = undefined;
    if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor < 1)) {
      this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
      this.shouldKeepAlive = false;
    }
    publish('http.server.response.created', () => ({ request: req, response: this }));
  }

  _finish() {
    super._finish();
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
    socket._httpMessage = this;
    // The server's connections close their current response from their own 'close'.
    if (socket[kState] === undefined) socket.on('close', onServerResponseClose);
    this.socket = socket;
    this.emit('socket', socket);
    this._flush();
  }

  detachSocket(socket) {
    if (socket[kState] === undefined) socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
  }

  writeEarlyHints(hints, cb) {
    let head = 'HTTP/1.1 103 Early Hints\r\n';
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const link = linkHeaderValue(hints.link);
    if (link.length === 0) return;
    head += 'Link: ' + link + '\r\n';
    for (const key of Object.keys(hints)) {
      if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
    }
    head += '\r\n';
    this._writeRaw(head, 'ascii', cb);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('write');
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      obj ??= reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kOutHeaders]) {
      // Slow-case: when progressive API and header fields are passed.
      if (obj) {
        if (Array.isArray(obj)) {
          if (obj.length && Array.isArray(obj[0])) {
            for (let n = 0; n < obj.length; n++) {
              const k = obj[n][0];
              if (k) this.setHeader(k, obj[n][1]);
            }
          } else {
            if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
            // Headers in obj should override previous headers but still allow explicit
            // duplicates; delete them first.
            for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
            for (let n = 0; n < obj.length; n += 2) this.appendHeader(obj[n], obj[n + 1]);
          }
        } else {
          for (const k of Object.keys(obj)) {
            if (k) this.setHeader(k, obj[k]);
          }
        }
      }
      headers = this[kOutHeaders];
    } else {
      headers = obj;
    }
    let statusLine;
    if (this.statusMessage === STATUS_CODES[statusCode]) {
      statusLine = statusLines[statusCode] ??= `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
    } else {
      if (checkInvalidHeaderChar(this.statusMessage)) throw new codes.ERR_INVALID_CHAR('statusMessage');
      statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine, headers);
    return this;
  }
}
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// A Link value: `<uri>` then `; param` or `; param=value` (value optionally quoted).
const linkFormat = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=(?:"[^;"\s]*"|[^;"\s]*))?)*$/;
const linkFormatHint = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';
function checkLink(value) {
  if (typeof value !== 'string' || !linkFormat.test(value)) {
    throw new codes.ERR_INVALID_ARG_VALUE('hints', value, linkFormatHint);
  }
  return value;
}

// writeEarlyHints' link: a string, or an array of them joined as one header.
function linkHeaderValue(link) {
  if (typeof link === 'string') return checkLink(link);
  if (Array.isArray(link)) return link.map(checkLink).join(', ');
  throw new codes.ERR_INVALID_ARG_VALUE('hints', link, linkFormatHint);
}
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;
// The server's bookkeeping when a response finishes (see onFinish in _http_outgoing).
ServerResponse.prototype[kOnFinish] = resOnFinish;
ServerResponse.prototype[kAfterFinish] = afterFinish;
const kRejectOptions = { rejectNonStandardBodyWrites: true };

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

// --- Server ------------------------------------------------------------------------

function defaultShouldUpgrade() {
  return this.listenerCount('upgrade') > 0;
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const { insecureHTTPParser } = options;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const { requestTimeout = 300_000 } = options;
  validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout;
  // Headers cannot take longer than the whole request.
  const { headersTimeout = Math.min(60_000, requestTimeout) } = options;
  validateInteger(headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = headersTimeout;
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new codes.ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const { keepAliveTimeout = 5000 } = options;
  validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = keepAliveTimeout;
  // The idle connection is closed this much after the timeout the client was told, so a
  // request the client sends right at the advertised end is not cut off.
  const { keepAliveTimeoutBuffer = 1000 } = options;
  validateInteger(keepAliveTimeoutBuffer, 'keepAliveTimeoutBuffer', 0);
  this.keepAliveTimeoutBuffer = keepAliveTimeoutBuffer;
  const { connectionsCheckingInterval = 30_000 } = options;
  validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  this.connectionsCheckingInterval = connectionsCheckingInterval;
  const { requireHostHeader = true } = options;
  validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader;
  const { joinDuplicateHeaders = false } = options;
  validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  // Whether an Upgrade request is upgraded ('upgrade') or handled as a request.
  const { shouldUpgradeCallback = defaultShouldUpgrade } = options;
  validateFunction(shouldUpgradeCallback, 'options.shouldUpgradeCallback');
  this.shouldUpgradeCallback = shouldUpgradeCallback;
  const { optimizeEmptyRequests = false } = options;
  validateBoolean(optimizeEmptyRequests, 'options.optimizeEmptyRequests');
  this[kOptimizeEmptyRequests] = optimizeEmptyRequests;
  const { rejectNonStandardBodyWrites = false } = options;
  validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    super({
      allowHalfOpen: true,
      noDelay: options.noDelay ?? true,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
      highWaterMark: options.highWaterMark,
    });
    storeHTTPOptions.call(this, options);
    if (requestListener) this.on('request', requestListener);
    this.httpAllowHalfOpen = false;
    this.on('connection', connectionListener);
    this.on('listening', setupConnectionsTracking);
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this[kConnections] = new ConnectionList();
    this[kConnectionsCheckingInterval] = undefined;
    this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  }

  close(cb) {
    httpServerPreClose(this);
    super.close(cb);
    return this;
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }

  // events.captureRejections: a rejected async 'request' listener answers 500 (with
  // none of the headers it set) if nothing went out yet, else destroys the response.
  [Symbol.for('nodejs.rejection')](err, event, ...args) {
    if (event === 'request') {
      const res = args[1];
      if (!res.headersSent && !res.writableEnded) {
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      return;
    }
    super[Symbol.for('nodejs.rejection')](err, event, ...args);
  }

  closeAllConnections() {
    if (!this[kConnectionsCheckingInterval]) return;
    for (const socket of this[kConnections]) socket.destroy();
  }

  closeIdleConnections() {
    if (!this[kConnectionsCheckingInterval]) return;
    for (const socket of this[kConnections]) {
      const state = socket[kState];
      if (state && !socket._httpMessage && state.incoming.length === 0 && isIdle(socket)) socket.destroy();
    }
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }
}

function isIdle(socket) {
  const parser = socket.parser;
  return !parser || parser.timing() === null;
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

function setupConnectionsTracking() {
  this[kConnections] ??= new ConnectionList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
  this[kConnectionsCheckingInterval].unref();
}

// headersTimeout and requestTimeout: a connection whose request has not arrived in time
// gets node's 408 and is closed.
function checkConnections() {
  const { headersTimeout, requestTimeout } = this;
  if (headersTimeout === 0 && requestTimeout === 0) return;
  for (const socket of this[kConnections]) {
    const parser = socket.parser;
    if (!parser || socket.destroyed) continue;
    const t = parser.timing();
    if (t === null) continue;
    const headersDone = t < 0;
    const elapsed = headersDone ? -t - 1 : t;
    if ((!headersDone && headersTimeout > 0 && elapsed > headersTimeout) ||
        (requestTimeout > 0 && elapsed > requestTimeout)) {
      socketOnError.call(socket, new codes.ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

// --- connections -------------------------------------------------------------------

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

let serverCallbacks;
// NODE_DEBUG=http: the logger replaces itself on first use (a no-op when disabled).
let debug = require('internal/util/debuglog').debuglog('http', (fn) => { debug = fn; });

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  debug('SERVER new http connection');
  socket.server = server;
  // socketOnTimeout listens once a timeout is set on the socket: here, before (a
  // 'connection' listener ahead of the server's), or later through the connection's
  // prototype (socketSetTimeout). A keep-alive timeout is the server's own list's, and
  // a ninth event name would grow every idle connection's _events by 32 bytes.
  if (server.timeout && typeof socket.setTimeout === 'function') {
    socket.on('timeout', socketOnTimeout);
    socket.setTimeout(server.timeout);
  } else if (socket.timeout) {
    socket.on('timeout', socketOnTimeout);
  }

  const parser = allocParser();
  serverCallbacks ??= callbacks(parserOnExecute);
  parser.initialize(HTTPParser.REQUEST ?? 0, server.maxHeaderSize ?? globalMaxHeaderSize,
                    (server.insecureHTTPParser ?? isLenient()) ? 1 : 0, serverCallbacks);
  parser.socket = socket;
  parser.server = server;
  trackParser(parser, 'HTTPINCOMINGMESSAGE', { type: 'HTTPINCOMINGMESSAGE', socket });
  parser.incoming = null;
  parser.consumed = false;
  if (parser.readStopped) parser.readStopped = false;
  parser.onIncoming = parserOnIncoming;
  setServerParser(parser, onParserTimeout);
  // Requests run in the async context the connection arrived in, as node's
  // HTTPServerAsyncResource makes them (AsyncLocalStorage in handlers).
  if (asyncState.enabled) parser[kFrame] = asyncState.frame;
  // Set only when they differ from what the parser has (its prototype's defaults).
  const Incoming = server[kIncomingMessage] === IncomingMessage ? null : server[kIncomingMessage];
  if (parser[kIncomingMessage] !== Incoming) parser[kIncomingMessage] = Incoming;
  const maxHeaderPairs = typeof server.maxHeadersCount === 'number' && server.maxHeadersCount > 0
    ? server.maxHeadersCount : 2000;
  if (parser.maxHeaderPairs !== maxHeaderPairs) parser.maxHeaderPairs = maxHeaderPairs;
  socket.parser = parser;

  socket[kState] = new ConnectionState(socket, parser);
  socket.on('end', socketOnEnd);
  socket.on('error', socketOnError);
  socket.on('close', socketOnClose);
  socket.on('drain', socketOnDrain);
  socket._paused = false;
  server[kConnections].add(socket);

  // The parser reads the TCP handle (or a TLS connection's cleartext) itself when it
  // can; otherwise it is fed 'data'. It listens to 'data' either way: if user code
  // pauses and resumes the socket, net reads the handle again and the bytes come that way.
  const handle = socket._handle;
  if (handle && typeof handle.readStart === 'function' && !socket.isPaused?.() && parser.consume(handle) === 0) {
    parser.consumed = true;
  }
  socket.on('data', socketOnData);
  Object.setPrototypeOf(socket, serverSocketPrototype(Object.getPrototypeOf(socket), parser.consumed));
}

// A server connection's setEncoding (HTTP is bytes), and while the parser reads the
// socket itself, its on/addListener/prependListener (user code listening to the
// socket's bytes gets them: net reads it again), come from a prototype put between
// the socket and its class's: as own properties, as node has them, they took the
// socket object from 184 to 280 bytes of heap per connection. One pair of prototypes
// per socket class (net.Socket, tls.TLSSocket, ...): plain -> {setEncoding},
// listening -> {on, addListener, prependListener} over plain.
const kListening = Symbol('kListening');
const kPlain = Symbol('kPlain');
const serverSocketPrototypes = new WeakMap();
function serverSocketPrototype(proto, listening) {
  // (A socket a server gets again, through emit('connection'), has one already.)
  if (proto !== null && Object.hasOwn(proto, kListening)) proto = Object.getPrototypeOf(proto);
  if (proto !== null && Object.hasOwn(proto, kPlain)) proto = Object.getPrototypeOf(proto);
  let entry = serverSocketPrototypes.get(proto);
  if (entry === undefined) {
    const plain = { __proto__: proto, setEncoding: socketSetEncoding, [kPlain]: true };
    if (typeof proto?.setTimeout === 'function' && typeof proto.listeners === 'function') {
      plain.setTimeout = socketSetTimeout(proto.setTimeout);
    }
    entry = {
      plain,
      listening: {
        __proto__: plain, on: socketOnWrapped, addListener: socketAddListenerWrapped,
        prependListener: socketPrependListenerWrapped, [kListening]: true,
      },
    };
    serverSocketPrototypes.set(proto, entry);
  }
  return listening ? entry.listening : entry.plain;
}

// The parser no longer reads the socket: its listener methods are its class's again.
function unwrapListeners(socket) {
  const proto = Object.getPrototypeOf(socket);
  if (proto !== null && Object.hasOwn(proto, kListening)) Object.setPrototypeOf(socket, Object.getPrototypeOf(proto));
}

// A timeout set on a connection the server still serves is handled by the server
// (socketOnTimeout, first of the socket's 'timeout' listeners, as it would have been
// had it listened from the start).
function socketSetTimeout(original) {
  return function setTimeout(msecs, callback) {
    if (this.parser && !this.listeners('timeout').includes(socketOnTimeout)) this.prependListener('timeout', socketOnTimeout);
    return Reflect.apply(original, this, arguments);
  };
}

// HTTP is bytes: a server connection's encoding is not the user's to change.
function socketSetEncoding() {
  throw new codes.ERR_HTTP_SOCKET_ENCODING();
}

function listenerWrapper(method) {
  const original = net.Socket.prototype[method];
  return function(event, listener) {
    const result = original.call(this, event, listener);
    if ((event === 'data' || event === 'readable') && listener !== socketOnData) {
      const parser = this.parser;
      if (parser && parser.consumed) {
        parser.unconsume();
        parser.consumed = false;
        // A connection not being read (flood control, body backpressure) stays paused
        // under net, which its resume() restarts.
        if (this._paused || parser.readStopped) this.pause();
        else netReadsAgain(this);
      }
      unwrapListeners(this);
    }
    return result;
  };
}
const socketOnWrapped = listenerWrapper('on');
const socketAddListenerWrapped = listenerWrapper('addListener');
const socketPrependListenerWrapped = listenerWrapper('prependListener');

function socketOnData(d) {
  const parser = this.parser;
  if (!parser) return;
  if (asyncState.enabled) asyncState.frame = parser[kFrame];
  const ret = parser.execute(d);
  onParserExecuteCommon(this, parser, ret, d);
}

function onParserExecuteCommon(socket, parser, ret, d) {
  if (typeof ret !== 'number') {
    socketOnError.call(socket, parseError(ret[0], ret[1], ret[2], d));
    return;
  }
  if (parser.upgradeRequest) upgradeOrConnect(socket, parser, d.subarray(ret));
}

// Only while the handle is consumed: a parse error or an upgrade.
function parserOnExecute(kind, a, raw) {
  const socket = this.socket;
  if (!socket) return;
  this.consumed = false;
  if (kind === 0) {
    netReadsAgain(socket);
    socketOnError.call(socket, parseError(a[0], a[1], a[2], raw !== undefined ? toBuffer(raw) : undefined));
    return;
  }
  const head = toBuffer(a);
  const req = this.upgradeRequest;
  if (!req) {
    // Not an upgrade after all (no 'upgrade' listener): carry on parsing as HTTP.
    const ret = this.execute(head);
    if (this.consume(socket._handle) === 0) this.consumed = true;
    else socket.on('data', socketOnData);
    if (typeof ret !== 'number') socketOnError.call(socket, parseError(ret[0], ret[1], ret[2], head));
    return;
  }
  upgradeOrConnect(socket, this, head);
}

function upgradeOrConnect(socket, parser, head) {
  const server = parser.server;
  const req = parser.upgradeRequest || parser.incoming;
  parser.upgradeRequest = null;
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('close', socketOnClose);
  socket.removeListener('drain', socketOnDrain);
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  parser.unconsume();
  freeParser(parser, req, socket);
  socket.parser = null;
  socket[kState].parser = null;
  unwrapListeners(socket);
  server[kConnections].delete(socket);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(eventName) > 0) {
    // The socket reads through net again from here.
    // The parser stopped the handle's reads; net's own reading takes over.
    if (socket._handle) {
      socket[kReading] = false;
      netReadStart(socket);
    }
    server.emit(eventName, req, socket, head);
  } else {
    socket.destroy();
  }
}

// The parser's timeout slot (node's parsers call it; eddy's server checks headersTimeout
// and requestTimeout itself, see checkConnections).
function onParserTimeout() {
  const socket = this.socket;
  if (socket && !socket.server.emit('timeout', socket)) socket.destroy();
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose() {
  onServerResponseClose.call(this);
  const state = this[kState];
  const server = this.server;
  if (state && state.idleDeadline !== 0) idleRemove(server, state);
  server?.[kConnections]?.delete(this);
  const parser = this.parser ?? state?.parser;
  if (parser) freeParser(parser, null, this);
  if (state) {
    state.parser = null;
    abortIncoming(state.incoming);
  }
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function socketOnEnd() {
  const socket = this;
  const parser = this.parser;
  const state = this[kState];
  const server = this.server;
  if (parser) {
    const ret = parser.finish();
    if (typeof ret !== 'number') {
      socketOnError.call(socket, parseError(ret[0], ret[1], 0));
      return;
    }
  }
  if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  const parser = this.parser;
  if (parser && parser.consumed) {
    parser.unconsume();
    parser.consumed = false;
    netReadsAgain(this);
  }
  if (!this.server.emit('clientError', e, this)) {
    // Reply only when nothing of a response went out on this socket yet.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function noop() {}

// Pipelining flood control: a connection whose responses back up (the socket's buffer
// full, or queued responses past its high-water mark) is not read until they drain.
function floodPause(socket) {
  socket._paused = true;
  const parser = socket.parser;
  if (parser && parser.consumed) {
    if (!parser.readStopped) {
      parser.readStopped = true;
      parser.readStop();
    }
  } else {
    socket.pause();
  }
}

function floodResume(socket) {
  socket._paused = false;
  const parser = socket.parser;
  if (parser && parser.consumed) {
    if (parser.readStopped) {
      parser.readStopped = false;
      parser.readStart();
    }
  } else {
    socket.resume();
  }
}

// Bytes of responses waiting behind the one on the socket (pipelining).
ServerResponse.prototype._onPendingData = function(delta) {
  const socket = this.req?.socket;
  const state = socket?.[kState];
  if (state === undefined) return;
  if (delta !== 0) state.outgoingData += delta;
  socketOnDrain.call(socket);
};

// After a parse error the parser no longer reads the socket; net does, so a
// 'clientError' listener that leaves the socket open still sees its end.
function netReadsAgain(socket) {
  if (socket._handle && !socket.destroyed) {
    socket[kReading] = false;
    netReadStart(socket);
  }
}

function socketOnDrain() {
  const state = this[kState];
  const needPause = state.outgoingData > this.writableHighWaterMark;
  if (this._paused && !needPause) floodResume(this);
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}


const kHasHost = 1;
const kHasExpect = 2;
// Whether the head has Host and Expect, in one pass over rawHeaders.
function scanHeaders(raw) {
  let found = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name.length === 4) {
      if (name === 'Host' || name === 'host' || isNamed(name, 'host')) found |= kHasHost;
    } else if (name.length === 6) {
      if (name === 'Expect' || name === 'expect' || isNamed(name, 'expect')) found |= kHasExpect;
    }
  }
  return found;
}

// Whether name, of lower's length, equals lower (lower-case letters only) ignoring
// case: c | 0x20 is a letter's lower case, and no other character becomes a lower-case
// letter so. A browser's Accept and Cookie are six letters long too: toLowerCase()
// made each request a string or two of garbage here.
function isNamed(name, lower) {
  for (let i = 0; i < lower.length; i++) {
    if ((name.charCodeAt(i) | 0x20) !== lower.charCodeAt(i)) return false;
  }
  return true;
}


function hasBodyHeaders(raw) {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (name === 'content-length' || name === 'transfer-encoding') return true;
  }
  return false;
}

function endEmptyRequest(req) {
  req._dumped = true;
  const rs = req._readableState;
  rs.ended = true;
  rs.endEmitted = true;
  rs.destroyed = true;
  rs.closed = true;
  rs.closeEmitted = true;
}

// Called for each request head; this = parser.
function parserOnIncoming(req, keepAlive) {
  const socket = this.socket;
  // A request arrived: the socket is active (the parser's reads bypass net).
  socket._unrefTimer?.();
  const server = this.server;
  const state = socket[kState];
  if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || Boolean(server.shouldUpgradeCallback(req));
    if (req.upgrade) {
      this.upgradeRequest = req;
      return 2;
    }
  }

  if (state.incoming === kNone) state.incoming = [req];
  else state.incoming.push(req);
  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws !== undefined && ws.needDrain) ||
        (state.outgoingData > 0 && state.outgoingData >= socket.writableHighWaterMark)) {
      floodPause(socket);
    }
  }

  if (state.idleDeadline !== 0) idleRemove(server, state);

  const res = new server[kServerResponse](req, server.rejectNonStandardBodyWrites ? kRejectOptions : undefined);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = keepAlive;
  if (server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
  if (httpObserved()) res[kPerfStart] = perfNow();
  traceHttpBegin('http.server.request', res);

  if (!socket._httpMessage) res.assignSocket(socket);
  else if (state.outgoing === kNone) state.outgoing = [res];
  else state.outgoing.push(res);


  const raw = req.rawHeaders;
  const found = scanHeaders(raw);
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && (found & kHasHost) === 0) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
  }

  // optimizeEmptyRequests: a request without body headers arrives already ended (and
  // destroyed), with no stream events to come.
  if (server[kOptimizeEmptyRequests] && !hasBodyHeaders(raw)) endEmptyRequest(req);

  if (server.maxRequestsPerSocket > 0) {
    state.requestsCount++;
    // The last request allowed, and any beyond it, are answered with Connection: close.
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    if (state.requestsCount > server.maxRequestsPerSocket) {
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
      return 0;
    }
  }

  publish('http.server.request.start', () => ({ request: req, response: res, socket, server }));
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && (found & kHasExpect) !== 0) {
    const expect = req.headers.expect;
    if (continueExpression.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

function resOnFinish(res) {
  const req = res.req;
  publish('http.server.response.finish',
          () => ({ request: req, response: res, socket: res.socket, server: res.socket?.server }));
  traceHttpEnd('http.server.request', res, { url: req.url, statusCode: res.statusCode });
  if (res[kPerfStart] !== undefined) {
    emitHttpEntry('HttpRequest', res[kPerfStart], {
      req: { method: req.method, url: req.url, headers: req.headers },
      res: { statusCode: res.statusCode, statusMessage: res.statusMessage, headers: res.getHeaders() },
    });
  }
  const socket = res.socket;
  const state = socket?.[kState];
  if (state === undefined) return;
  const server = socket.server;
  // Responses finish in order; this one is the head of the queue.
  listRemove(state, 'incoming', req);
  const started = streamStarted(req);
  if (!req._consuming && (!started || !req._readableState.resumeScheduled)) {
    // A finished body-less request nobody listens to needs no reading to its end.
    if (req.complete && (!started || req.readableLength === 0) && req.listenerCount('end') === 0 &&
        req.listenerCount('close') === 0 && req.listenerCount('readable') === 0) {
      req._dumped = true;
    } else {
      req._dump();
    }
  }
  res.detachSocket(socket);
  // An idle keep-alive connection keeps nothing of its last exchange alive.
  const parser = socket.parser;
  // (A request still being read keeps it until its 'end'.)
  if (parser && parser.incoming === req) {
    if (req.complete && (!streamStarted(req) || req.readableEnded)) parser.incoming = null;
    else req.once('end', clearIncoming);
  }
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout) idleAdd(server, state, server.keepAliveTimeout + (server.keepAliveTimeoutBuffer | 0), onKeepAliveTimeout);
  } else {
    const m = state.outgoing[0];
    listRemove(state, 'outgoing', m);
    m.assignSocket(socket);
  }
}

function clearIncoming() {
  const parser = this.socket?.parser;
  if (parser && parser.incoming === this) parser.incoming = null;
}

function onKeepAliveTimeout(socket) {
  const state = socket[kState];
  // Only an idle connection times out; one that took a new request since is busy.
  if (socket._httpMessage || state.incoming.length || socket.destroyed) return;
  socketOnTimeout.call(socket);
}

// After 'finish': 'close' on the next tick for those listening, else just the state.
function afterFinish(res) {
  if (res._closed) return;
  if (res.listenerCount('close') > 0 || res._pendingErrors > 0) {
    process.nextTick(emitCloseNT, res);
  } else {
    res.destroyed = true;
    res._closed = true;
  }
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

module.exports = {
  STATUS_CODES,
  Server: require('internal/util').callableClass(Server),
  ServerResponse,
  createServer,
  kConnections,
  kConnectionsCheckingInterval,
  setMaxHeaderSize(n) { globalMaxHeaderSize = n; },
  get maxHeaderSize() { return globalMaxHeaderSize; },
  isLenient,
  storeHTTPOptions,
  httpServerPreClose,
  setupConnectionsTracking,
  _connectionListener: connectionListener,
};
