'use strict';
// Pieces shared by the http server and client: the llhttp parser (src/binding/
// http_parser.c) and its JS callbacks, header token checks, the parser free list.
//
// A parser carries its connection's JS state as plain properties: socket, incoming
// (the message being received), onIncoming(incoming, keepAlive) (server or client
// policy), maxHeaderPairs, and for the client the outgoing request.

const kIncomingMessage = Symbol('IncomingMessage');
const { HTTPParser: NativeParser } = internalBinding('http_parser');
const { copyChunk, kByteSource } = require('internal/stream_base_commons');

// The parser lib/ uses: a plain object carrying its connection's state (socket,
// incoming, onIncoming...) around the native llhttp parser, which calls back with
// this = the wrapper. Properties of objects of a C class take the engine's slow path
// on every access, so the per-request state lives here.
class HTTPParser {
  constructor() {
    this.native = new NativeParser();
    this.socket = null;
    this.incoming = null;
    this.onIncoming = null;
    this.server = null;
    this.consumed = false;
    // (Six fields: JSC sizes the object from its constructor's fields, and six fit a
    // 64-byte cell. The others start on the prototype and are set only when they differ.)
    // node's parsers carry a timeout slot, parser[HTTPParser.kOnTimeout] (6): null here
    // (from the prototype) and the server's function on a server connection's parser
    // (from serverParserPrototype). An own index would give every parser indexed
    // storage: 224 bytes of heap instead of 112.
  }

  // initialize(type, maxHeaderSize, lenient, callbacks) for lib/; node's own signature,
  // initialize(type, resource[, maxHeaderSize[, lenient]]), for code using the parser
  // the way node's lib does: callbacks are then this[HTTPParser.kOnHeadersComplete]
  // etc., and execute()/finish() return errors as Error objects.
  initialize(type, maxHeaderSize, lenient, cbs) {
    if (typeof maxHeaderSize !== 'number') {
      if (!this.nodeApi) this.nodeApi = true;
      this.native.initialize(type, typeof lenient === 'number' && lenient > 0 ? lenient : 16384,
                             cbs ? 1 : 0, nodeApiCallbacks(), this);
      return;
    }
    // (Own only once set: a server's parsers keep the prototype's false.)
    if (this.nodeApi) this.nodeApi = false;
    this.native.initialize(type, maxHeaderSize, lenient, cbs, this);
  }

  execute(data) {
    const ret = this.native.execute(data);
    if (this.nodeApi && typeof ret !== 'number') return parseError(ret[0], ret[1], ret[2]);
    return ret;
  }

  finish() {
    const ret = this.native.finish();
    if (this.nodeApi) return typeof ret === 'number' ? undefined : parseError(ret[0], ret[1], 0);
    return ret;
  }
  // A TLS handle names the C object its cleartext comes from.
  consume(handle) { return this.native.consume(handle[kByteSource] ?? handle); }
  unconsume() { this.native.unconsume(); }
  readStart() { return this.native.readStart(); }
  readStop() { this.native.readStop(); }
  pause() { this.native.pause(); }
  resume() { this.native.resume(); }
  timing() { return this.native.timing(); }
  // free(true): the parser goes to the idle pool and keeps its callbacks.
  free(keep) { this.native.free(keep === true); }
  // Drops the native side's callbacks (initialize() sets them up again).
  close() { this.native.free(); }
}
HTTPParser.REQUEST = 0;
HTTPParser.RESPONSE = 1;
// node's callback slots (parser[HTTPParser.kOnHeadersComplete] = fn, ...).
HTTPParser.kOnMessageBegin = 0;
HTTPParser.kOnHeaders = 1;
HTTPParser.kOnHeadersComplete = 2;
HTTPParser.kOnBody = 3;
HTTPParser.kOnMessageComplete = 4;
HTTPParser.kOnExecute = 5;
HTTPParser.kOnTimeout = 6;
HTTPParser.prototype.nodeApi = false;
HTTPParser.prototype.readStopped = false;
HTTPParser.prototype.maxHeaderPairs = 2000;
HTTPParser.prototype[kIncomingMessage] = null; // null: IncomingMessage
HTTPParser.prototype[HTTPParser.kOnTimeout] = null;
// A server connection's parser has this prototype while it serves (setServerParser):
// its timeout slot is the server's function without a slot of its own.
const serverParserPrototype = { __proto__: HTTPParser.prototype };
function setServerParser(parser, onTimeout) {
  serverParserPrototype[HTTPParser.kOnTimeout] ??= onTimeout;
  Object.setPrototypeOf(parser, serverParserPrototype);
  // (A parser a program gave a slot of its own keeps it.)
  if (Object.hasOwn(parser, HTTPParser.kOnTimeout)) parser[HTTPParser.kOnTimeout] = onTimeout;
}
// Client-only and rare fields default here rather than in every parser (a server
// holds one parser per connection; JSC sizes it from the constructor's fields).
HTTPParser.prototype.outgoing = null;
HTTPParser.prototype.upgradeRequest = null;
HTTPParser.prototype.joinDuplicateHeaders = null;

// The native parser's callbacks turned into node's: the head's method as an index into
// `methods`, the body as Buffers, trailers through kOnHeaders.
let nodeApiCbs;
function nodeApiCallbacks() {
  nodeApiCbs ??= [
    function onHeaders(info, methodOrStatus, urlOrMessage, ...items) {
      const headers = (info & kHeadersInArray) !== 0 ? items[0] : items;
      const request = typeof methodOrStatus === 'string';
      let skip = 0;
      const fn = this[HTTPParser.kOnHeadersComplete];
      if (typeof fn === 'function') {
        const r = fn.call(this, info & 0xff, (info >> 8) & 0xff, headers,
                          request ? methods.indexOf(methodOrStatus) : undefined,
                          request ? urlOrMessage : undefined, request ? 0 : methodOrStatus,
                          request ? undefined : urlOrMessage, (info & kUpgrade) !== 0,
                          (info & kKeepAlive) !== 0);
        skip = r === true ? 1 : r | 0;
      }
      if ((info & kComplete) !== 0) this[HTTPParser.kOnMessageComplete]?.();
      return skip;
    },
    function onBody(ab, offset, length) {
      this[HTTPParser.kOnBody]?.(bodyBuffer(ab, offset, length));
    },
    function onComplete(trailers) {
      if (trailers !== undefined) this[HTTPParser.kOnHeaders]?.(trailers, '');
      this[HTTPParser.kOnMessageComplete]?.();
    },
    undefined,
  ];
  return nodeApiCbs;
}
const { IncomingMessage, kEofPending, readStart, readStop, streamStarted } = require('_http_incoming');

let BufferCtor;
function toBuffer(ab) {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor.from(ab);
}

// A body chunk: bytes [offset, offset + length) of source, the runtime's read buffer
// (a Uint8Array reused by the next read: copied out) or an ArrayBuffer; or, with
// offset -1, a Uint8Array made for the chunk (see http_parser.c).
let FastBuffer;
function bodyBuffer(source, offset, length) {
  FastBuffer ??= require('internal/buffer').FastBuffer;
  if (source instanceof ArrayBuffer) return new FastBuffer(source, offset, length);
  if (offset === -1) return Object.setPrototypeOf(source, FastBuffer.prototype);
  return copyChunk(source, offset, offset + length);
}

const kOnHeaders = 0;
const kOnBody = 1;
const kOnComplete = 2;
const kOnExecute = 3;

const kHeadersInArray = 1 << 19;
const kComplete = 1 << 18;
const kKeepAlive = 1 << 17;
const kUpgrade = 1 << 16;

const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

// The head from http_parser.c (deliver_head): a request's method and URL or a
// response's status code and message, then the header names and values as trailing
// arguments, or as one array when there are very many.
function parserOnHeaders(info, methodOrStatus, urlOrMessage, ...items) {
  const headers = (info & kHeadersInArray) !== 0 ? items[0] : items;
  const socket = this.socket;
  const Ctor = this[kIncomingMessage] || IncomingMessage;
  const incoming = new Ctor(socket);
  this.incoming = incoming;
  const major = info & 0xff;
  const minor = (info >> 8) & 0xff;
  incoming.httpVersionMajor = major;
  incoming.httpVersionMinor = minor;
  incoming.httpVersion = major === 1 && minor === 1 ? '1.1' : `${major}.${minor}`;
  const maxPairs = this.maxHeaderPairs;
  if (maxPairs > 0 && headers.length > maxPairs * 2) headers.length = maxPairs * 2;
  incoming.rawHeaders = headers;
  if (typeof methodOrStatus === 'string') {
    incoming.method = methodOrStatus;
    incoming.url = urlOrMessage;
    incoming.upgrade = (info & kUpgrade) !== 0 || methodOrStatus === 'CONNECT';
  } else {
    incoming.statusCode = methodOrStatus;
    incoming.statusMessage = urlOrMessage;
    incoming.upgrade = (info & kUpgrade) !== 0;
  }
  const skipBody = this.onIncoming(incoming, (info & kKeepAlive) !== 0);
  if ((info & kComplete) !== 0 && this.incoming === incoming) parserOnComplete.call(this, undefined);
  return skipBody | 0;
}

function parserOnBody(ab, offset, length) {
  // Bytes arrived: the socket is active (its reads may bypass net, see consume()).
  this.socket?._unrefTimer?.();
  const stream = this.incoming;
  if (stream === null || stream === undefined || stream._dumped) return;
  if (!stream.push(bodyBuffer(ab, offset, length))) readStop(this.socket);
}

function parserOnComplete(trailers) {
  const stream = this.incoming;
  if (stream === null || stream === undefined || stream.complete) return;
  stream.complete = true;
  if (trailers !== undefined) stream.rawTrailers = trailers;
  // A message nobody has started reading gets its end when it is first read (_read),
  // which spares the stream machinery for the many requests that have no body.
  if (!streamStarted(stream) ||
      (stream.readableLength === 0 && !stream._consuming && stream.readableFlowing === null)) {
    stream[kEofPending] = true;
  } else {
    stream.push(null);
  }
  readStart(this.socket);
}

let parserCallbacks;
function callbacks(onExecute) {
  parserCallbacks ??= [parserOnHeaders, parserOnBody, parserOnComplete, undefined];
  if (onExecute === undefined) return parserCallbacks;
  return [parserOnHeaders, parserOnBody, parserOnComplete, onExecute];
}

// --- free list ----------------------------------------------------------------------

let maxIdleParsers = 1000;
const idleParsers = [];

function allocParser() {
  return idleParsers.pop() ?? new HTTPParser();
}

// While an async hook is enabled, a parser in use is node's resource of its kind
// (HTTPINCOMINGMESSAGE for a server connection, HTTPCLIENTREQUEST for a client
// request): 'init' when it is set up, 'destroy' when it is freed.
const kParserAsyncId = Symbol('kParserAsyncId');
let asyncHooksModule;
function loadAsyncHooks() {
  asyncHooksModule ??= require('internal/async_hooks');
  return asyncHooksModule;
}
function trackParser(parser, type, resource) {
  const asyncHooks = loadAsyncHooks();
  if (asyncHooks.state.hooks.length === 0) return;
  const asyncId = asyncHooks.newAsyncId();
  parser[kParserAsyncId] = asyncId;
  asyncHooks.emitInit(asyncId, type, asyncHooks.state.executionAsyncId, resource);
}

function freeParser(parser, req, socket) {
  if (!parser) return;
  const asyncId = parser[kParserAsyncId];
  if (asyncId !== undefined) {
    parser[kParserAsyncId] = undefined;
    const asyncHooks = loadAsyncHooks();
    if (asyncHooks.state.hooks.length !== 0) asyncHooks.emitDestroy(asyncId);
  }
  const keep = idleParsers.length < maxIdleParsers;
  parser.free(keep);
  if (parser.socket) parser.socket.parser = null;
  parser.socket = null;
  parser.incoming = null;
  if (parser.outgoing !== null) parser.outgoing = null;
  parser.onIncoming = null;
  parser.server = null;
  if (parser.upgradeRequest !== null) parser.upgradeRequest = null;
  if (parser.joinDuplicateHeaders !== null) parser.joinDuplicateHeaders = null;
  if (Object.getPrototypeOf(parser) === serverParserPrototype) Object.setPrototypeOf(parser, HTTPParser.prototype);
  if (Object.hasOwn(parser, HTTPParser.kOnTimeout)) parser[HTTPParser.kOnTimeout] = null;
  parser.consumed = false;
  if (parser.readStopped) parser.readStopped = false;
  if (parser[kIncomingMessage] !== null) parser[kIncomingMessage] = null;
  if (keep) idleParsers.push(parser);
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function setMaxIdleHTTPParsers(max) {
  const { validateInteger } = require('internal/validators');
  validateInteger(max, 'max', 1);
  maxIdleParsers = max;
}

// --- tokens -------------------------------------------------------------------------

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

// A parse error as node reports it (err.code HPE_*, reason, bytesParsed, rawPacket).
function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  if (rawPacket !== undefined) err.rawPacket = rawPacket;
  return err;
}

module.exports = {
  HTTPParser,
  allocParser,
  callbacks,
  checkInvalidHeaderChar,
  checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  freeParser,
  trackParser,
  kIncomingMessage,
  methods,
  parseError,
  parserOnHeaders,
  setMaxIdleHTTPParsers,
  setServerParser,
  toBuffer,
  get maxIdleParsers() { return maxIdleParsers; },
  // The idle parser pool, as node's FreeList: its size cap.
  parsers: { get max() { return maxIdleParsers; } },
};
