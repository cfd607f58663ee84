'use strict';
// http.ClientRequest: an OutgoingMessage on a socket from an Agent (or its own), whose
// response is parsed by llhttp from the socket's 'data'.

const net = require('net');
const { OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const {
  emitHttpEntry, httpObserved, kOutHeaders, kPerfStart, perfNow, traceHttpBegin, traceHttpEnd,
} = require('internal/http');
const {
  allocParser, callbacks, checkIsHttpToken, freeParser, kIncomingMessage, parseError, trackParser,
} = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const agentModule = require('_http_agent');
const { Agent, kRequestOptions } = agentModule;
const { codes } = require('internal/errors');
const { validateBoolean, validateInteger, validateNumber } = require('internal/validators');
const { publish } = require('internal/diagnostics_channel/builtin');
const { state: asyncState, kFrame } = require('internal/async_hooks');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');

let BufferCtor;
function buffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// _http_server, for its parser settings: loaded on the first request (a program that
// only makes requests may never load it otherwise), then kept, as a request asks it
// twice and require() costs ~250 ns.
let serverModule;
function httpServer() {
  serverModule ??= require('_http_server');
  return serverModule;
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    typeof v.hostname === 'string' && typeof v.pathname === 'string';
}

// Loaded on the first request given as a URL: the parser is not needed before.
let urlModule;
function url() {
  urlModule ??= require('internal/url');
  return urlModule;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    // The response's events run in the async context the request was made in, even
    // on a kept-alive socket that an earlier request (another context) opened.
    if (asyncState.enabled) this[kFrame] = asyncState.frame;
    if (typeof input === 'string') {
      input = url().urlToHttpOptions(new (url().URL)(input));
    } else if (isURL(input)) {
      input = url().urlToHttpOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = { ...input, ...options };
    }

    let agent = options.agent;
    const defaultAgent = options._defaultAgent || module.exports.globalAgentRef();
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;

    const protocol = options.protocol || defaultAgent.protocol;
    let expectedProtocol = defaultAgent.protocol;
    if (this.agent?.protocol) expectedProtocol = this.agent.protocol;

    if (options.path) {
      const path = String(options.path);
      if (INVALID_PATH_REGEX.test(path)) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
    }
    if (protocol !== expectedProtocol) throw new codes.ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
    const optsWithoutSignal = { __proto__: null, ...options };
    // The request listens to the signal itself; the socket does not get it too.
    // (Only when there is one: deleting a property slows the object down.)
    if (optsWithoutSignal.signal !== undefined) delete optsWithoutSignal.signal;
    const port = optsWithoutSignal.port = options.port = options.port || defaultPort || 80;
    const host = optsWithoutSignal.host = options.host =
      validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
    // setDefaultHeaders: false sends only the headers given (Host too, unless setHost).
    const setDefaultHeaders = options.setDefaultHeaders === undefined || Boolean(options.setDefaultHeaders);
    const setHost = options.setHost === undefined ? setDefaultHeaders : Boolean(options.setHost);
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) {
      validateNumber(options.timeout, 'timeout', 0);
      this.timeout = options.timeout;
    }

    let method = options.method;
    const methodIsString = typeof method === 'string';
    if (method !== null && method !== undefined && !methodIsString) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    if (methodIsString && method) {
      if (!checkIsHttpToken(method)) throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
      method = this.method = method.toUpperCase();
    } else {
      method = this.method = 'GET';
    }

    const { maxHeaderSize, insecureHTTPParser, joinDuplicateHeaders } = options;
    if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = maxHeaderSize;
    if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
    this.insecureHTTPParser = insecureHTTPParser;
    if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
    this.joinDuplicateHeaders = joinDuplicateHeaders;

    this.path = options.path || '/';
    if (cb) this.once('response', cb);

    this.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
      method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT');
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;
    this[kError] = null;

    if (this.agent) {
      // Without keepAlive and unlimited sockets, every request gets its own connection.
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    }

    if (!setDefaultHeaders) {
      this._removedConnection = true;
      this._removedContLen = true;
      this._removedTE = true;
    }

    const headersArray = Array.isArray(options.headers);
    if (!headersArray) {
      if (options.headers) {
        for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
      }
      if (host && !this.getHeader('host') && setHost) {
        let hostHeader = host;
        const posColon = hostHeader.indexOf(':');
        if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
          hostHeader = `[${hostHeader}]`;
        }
        if (port && +port !== defaultPort) hostHeader += ':' + port;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', 'Basic ' + buffer().from(options.auth).toString('base64'));
      }
      if (this.getHeader('expect')) {
        if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('render');
        this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
      }
    } else {
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
    }
    this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);

    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(abortError(signal.reason));
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }

    if (httpObserved()) this[kPerfStart] = perfNow();
    traceHttpBegin('http.client.request', this);
    publish('http.client.request.created', () => ({ request: this }));

    if (this.agent) {
      this[kRequestOptions] = optsWithoutSignal;
      this.agent.addRequest(this, optsWithoutSignal);
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      let opts = optsWithoutSignal;
      if (opts.path || opts.socketPath) {
        opts = { ...optsWithoutSignal };
        if (opts.socketPath) opts.path = opts.socketPath;
        else if (opts.path) opts.path = undefined;
      }
      if (typeof opts.createConnection === 'function') {
        let called = false;
        const oncreate = (err, socket) => {
          if (called) return;
          called = true;
          if (err) process.nextTick(() => emitRequestError(this, err));
          else this.onSocket(socket);
        };
        try {
          const newSocket = opts.createConnection(opts, oncreate);
          if (newSocket) oncreate(null, newSocket);
        } catch (err) {
          oncreate(err);
        }
      } else {
        this.onSocket(net.createConnection(opts));
      }
    }
  }

  get path() { return this._path; }
  set path(v) { this._path = v; }

  _finish() {
    super._finish();
    publish('http.client.request.start', () => ({ request: this }));
  }

  _implicitHeader() {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('render');
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(emitAbortNT, this);
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this[kError] = err;
    this.socket?.destroy(err);
    return this;
  }

  onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  }

  _deferToConnect(method, args) {
    const callSocketMethod = () => {
      if (method) Reflect.apply(this.socket[method], this.socket, args);
    };
    const onSocket = () => {
      if (this.socket.writable) callSocketMethod();
      else this.socket.once('connect', callSocketMethod);
    };
    if (!this.socket) this.once('socket', onSocket);
    else onSocket();
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    msecs = require('internal/timers').getTimerDuration(msecs, 'msecs');
    if (callback) this.once('timeout', callback);
    // A socket still connecting gets the timeout once connected, as in node.
    const apply = (sock) => {
      if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
      else sock.setTimeout(msecs);
    };
    if (this.socket) apply(this.socket);
    else this.once('socket', apply);
    return this;
  }

  setNoDelay(noDelay) {
    this._deferToConnect('setNoDelay', [noDelay]);
  }

  setSocketKeepAlive(enable, initialDelay) {
    this._deferToConnect('setKeepAlive', [enable, initialDelay]);
  }

  clearTimeout(cb) {
    this.setTimeout(0, cb);
  }
}

function abortError(reason) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (reason !== undefined) err.cause = reason;
  return err;
}

function emitAbortNT(req) {
  req.emit('abort');
}

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        // The agent's socket goes back to it, for the next request in its queue.
        socket.emit('free');
      } else {
        socket.destroy(err || req[kError]);
        // The request closes after its socket has.
        require('internal/streams/end-of-stream')(socket, (er) => {
          if (er?.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroyRequestNT(req, er || err);
        });
        return;
      }
    }
    destroyRequestNT(req, err || req[kError]);
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

// A request's 'error', published first to the http.client.request.error channel.
function emitRequestError(req, error) {
  publish('http.client.request.error', () => ({ request: req, error }));
  req.emit('error', error);
}

// A request destroyed before it got going: its error (a hang-up unless it was aborted),
// then 'close'.
function destroyRequestNT(req, err) {
  if (!req.aborted && !err) err = connResetException('socket hang up');
  if (err && !req._hadError) {
    req._hadError = true;
    emitRequestError(req, err);
  }
  req._closed = true;
  req.emit('close');
}

let clientCallbacks;

function tickOnSocket(req, socket) {
  const parser = allocParser();
  clientCallbacks ??= callbacks();
  const lenient = req.insecureHTTPParser === undefined ? httpServer().isLenient() : req.insecureHTTPParser;
  parser.initialize(1, req.maxHeaderSize || httpServer().maxHeaderSize, lenient ? 1 : 0, clientCallbacks);
  trackParser(parser, 'HTTPCLIENTREQUEST', { type: 'HTTPCLIENTREQUEST', req });
  req.socket = socket;
  parser.socket = socket;
  parser.outgoing = req;
  parser.incoming = null;
  parser.consumed = false;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  parser.maxHeaderPairs = typeof req.maxHeadersCount === 'number' && req.maxHeadersCount > 0
    ? req.maxHeadersCount : 2000;
  parser.onIncoming = parserOnIncomingClient;
  if (req.joinDuplicateHeaders !== undefined) parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser[kIncomingMessage] = IncomingMessage;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
  }
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain !== undefined) {
    msg.emit('drain');
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  if (!req) return;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      emitRequestError(req, connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    emitRequestError(req, err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (req && !req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    emitRequestError(req, connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  const req = this._httpMessage;
  if (!this.parser) return;
  if (req == null || !Object.hasOwn(req, kFrame)) return parseSocketData(this, req, d);
  const prev = asyncState.frame;
  asyncState.frame = req[kFrame];
  try {
    parseSocketData(this, req, d);
  } finally {
    asyncState.frame = prev;
  }
}

function parseSocketData(socket, req, d) {
  const parser = socket.parser;
  const ret = parser.execute(d);
  if (typeof ret !== 'number') {
    const err = parseError(ret[0], ret[1], ret[2], d);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    emitRequestError(req, err);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const res = parser.incoming;
    req.res = res;
    const bodyHead = d.subarray(ret);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket.removeListener('data', socketOnData);
      socket.removeListener('end', socketOnEnd);
      socket.removeListener('drain', ondrain);
      if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
      parser.finish();
      freeParser(parser, req, socket);
      socket._httpMessage = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete && !statusIsInformational(parser.incoming.statusCode)) {
    // The whole response is in: nothing more to parse, and the socket's end is no
    // longer this request's business (the response's own end handles the socket).
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

// this = parser
function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;
  if (req.res) {
    // A second response on one request: the server is misbehaving.
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (req.joinDuplicateHeaders) res.joinDuplicateHeaders = true;
  if (res.upgrade) return 2;
  const method = req.method;
  if (method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }
  traceHttpEnd('http.client.request', req, { path: req.path, statusCode: res.statusCode });
  if (req[kPerfStart] !== undefined) {
    emitHttpEntry('HttpClient', req[kPerfStart], {
      req: { method: req.method, url: `${req.protocol}//${req.host}${req.path}`, headers: req.getHeaders() },
      res: { statusCode: res.statusCode, statusMessage: res.statusMessage, headers: res.headers },
    });
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  publish('http.client.response.finish', () => ({ request: req, response: res }));
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function responseKeepAlive(req) {
  const socket = req.socket;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', ondrain);
  socket.removeListener('timeout', responseOnTimeout);
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  const parser = socket.parser;
  if (parser) freeParser(parser, req, socket);
  socket.once('error', freeSocketErrorListener);
  req.destroyed = true;
  if (req.res) req.res.socket = null;
  process.nextTick(emitFreeNT, req);
}

function freeSocketErrorListener() {}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) {
    req.socket.removeListener('error', freeSocketErrorListener);
    req.socket.emit('free');
  }
}

function responseOnEnd() {
  const req = this.req;

  const socket = req.socket;
  if (socket && req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket && socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  const req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

module.exports = {
  ClientRequest,
  globalAgentRef: () => agentModule.globalAgent,
  Agent,
};
