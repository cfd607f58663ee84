'use strict';
// Http2Stream (a Duplex over one HTTP/2 stream of a session), its server and client
// kinds, and the stream timeouts; the session side is lib/internal/http2/core.js.

const { Duplex } = require('stream');
const {
  codes,
  kIsNodeError,
} = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateUint32,
  kValidateObjectAllowArray,
} = require('internal/validators');
const {
  constants,
  mapToHeaders,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  sensitiveHeaders: sensitiveHeadersSymbol,
} = require('internal/http2/util');

const binding = internalBinding('http2');
const { streamStats, emitStream, sinceStart } = require('internal/http2/perf');
const { publish } = require('internal/diagnostics_channel/builtin');

// Publishes to node's built-in 'http2.<client|server>.stream.<event>' channel for
// stream (a no-op map lookup while nobody subscribes).
function publishStream(stream, event, makeMessage) {
  publish(`http2.${stream[kType]}.stream.${event}`, makeMessage);
}

const { NGHTTP2_NO_ERROR, NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR, NGHTTP2_FLAG_END_STREAM } = constants;

const {
  kHandle,
  kState,
  kSession,
  kType,
  kID,
  kScheduleFlush,
  kFlush,
  kMaybeDestroy,
  kOnClose,
  kTimeout,
  kSentHeaders,
  kSentTrailers,
  kSentInfoHeaders,
  kRequestHeaders,
  kWriteGeneric,
  kEndEarly,
} = require('internal/http2/symbols');


let priorityWarned = false;
const NGHTTP2_ERR_STREAM_CLOSED = -510;

// RST_STREAM goes out after what was already queued for the stream (headers and
// data written just before a destroy() still reach the peer, as in node).
function submitRstStream(session, id, code, stream) {
  if (stream) stream[kState].rstSubmitted = true;
  if (!session || session.destroyed || id === undefined) return;
  setImmediate(() => {
    if (session.destroyed) return;
    // What is already nghttp2's goes out first (the stream's headers and data), as
    // node sends it before a reset: nghttp2 would put RST_STREAM ahead of them.
    session[kFlush]();
    if (session.destroyed) return;
    binding.rst(session[kHandle], id, code);
    session[kScheduleFlush]();
  });
}

// A stream is closed (by either peer): record the code, and if we were still
// sending, tell the application ('aborted') and close our writable side.
function markClosed(stream, code) {
  const state = stream[kState];
  state.closed = true;
  state.rstCode = code;
  clearStreamTimeout(stream);
  if (!stream._writableState.ending) {
    if (!state.aborted) {
      state.aborted = true;
      stream.emit('aborted');
    }
    stream.end();
  }
  publishStream(stream, 'close', () => ({ stream }));
}

const nameForErrorCode = [];
for (const name of Object.keys(constants)) {
  if (/^NGHTTP2_(NO_ERROR|PROTOCOL_ERROR|INTERNAL_ERROR|FLOW_CONTROL_ERROR|SETTINGS_TIMEOUT|STREAM_CLOSED|FRAME_SIZE_ERROR|REFUSED_STREAM|CANCEL|COMPRESSION_ERROR|CONNECT_ERROR|ENHANCE_YOUR_CALM|INADEQUATE_SECURITY|HTTP_1_1_REQUIRED)$/.test(name)) {
    nameForErrorCode[constants[name]] = name;
  }
}

// node's NghttpError: an nghttp2 library error (negative code) as an Error.
class NghttpError extends Error {
  constructor(integerCode, customErrorCode) {
    super(binding.errorString(integerCode));
    this.code = customErrorCode || 'ERR_HTTP2_ERROR';
    this.errno = integerCode;
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// A raw [name, value, ...] list keeps its order and repeats on the wire; the
// defaults that the object form got are appended.
function withDefaults(raw, full, given) {
  const list = raw.slice();
  for (const key of Object.keys(full)) {
    if (given[key] === undefined) list.push(key, full[key]);
  }
  list[sensitiveHeadersSymbol] = raw[sensitiveHeadersSymbol];
  return list;
}

function arrayToObject(raw, lowerCase = true) {
  const obj = { __proto__: null };
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = lowerCase ? String(raw[i]).toLowerCase() : String(raw[i]);
    if (obj[key] === undefined) obj[key] = raw[i + 1];
    else if (Array.isArray(obj[key])) obj[key].push(raw[i + 1]);
    else obj[key] = [obj[key], raw[i + 1]];
  }
  return obj;
}

// --- streams ----------------------------------------------------------------------

class Http2Stream extends Duplex {
  constructor(session, id, options) {
    super({ ...options, allowHalfOpen: true, decodeStrings: false, autoDestroy: false });
    this[kSession] = session;
    this[kID] = id;
    this[kState] = {
      closed: false,
      aborted: false,
      rstCode: NGHTTP2_NO_ERROR,
      rstReceived: null,
      trailersReady: false,
      trailersSent: false,
      responded: false,
      waitForTrailers: false,
      headRequest: false,
      pendingWrites: [],
      // A request made while its session connected, not yet started (see request()).
      awaitingConnect: false,
      // DATA bytes pushed while the readable buffer was full, not yet given back to
      // the flow-control window.
      unconsumed: 0,
      // perf_hooks statistics while the session keeps them (internal/http2/perf).
      perf: null,
    };
    const sessionStats = session[kState].perf;
    if (sessionStats !== null) {
      this[kState].perf = streamStats();
      sessionStats.streamCount++;
      const open = session[kState].streams.size + 1;
      if (open > sessionStats.maxConcurrentStreams) sessionStats.maxConcurrentStreams = open;
    }
    this[kTimeout] = null;
    this[kSentHeaders] = undefined;
    this[kSentTrailers] = undefined;
    this[kSentInfoHeaders] = undefined;
    // After the application's own 'end'/'finish' listeners have seen a live stream.
    this.on('end', () => process.nextTick(() => this[kMaybeDestroy]()));
    this.on('finish', () => process.nextTick(() => this[kMaybeDestroy]()));
  }

  // util.inspect shows node's summary: id, flags, nghttp2 state and stream states.
  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Http2Stream ${inspect({
      id: this.id || '<pending>',
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      readableState: this._readableState,
      writableState: this._writableState,
    })}`;
  }

  // A request waiting for its session to connect has no id yet, as in node (nghttp2
  // has already numbered it).
  get id() { return this[kState].awaitingConnect ? undefined : this[kID]; }
  get session() { return this[kSession]; }
  get pending() { return this.id === undefined; }
  get aborted() { return this[kState].aborted; }
  get closed() { return this[kState].closed; }
  get rstCode() { return this[kState].closed ? this[kState].rstCode : undefined; }
  get sentHeaders() { return this[kSentHeaders]; }
  get sentTrailers() { return this[kSentTrailers]; }
  get sentInfoHeaders() { return this[kSentInfoHeaders]; }
  get endAfterHeaders() { return this[kState].endAfterHeaders ?? false; }
  get bufferSize() { return this.writableLength; }

  get state() {
    const session = this[kSession];
    if (this.destroyed || !session || session.destroyed) return {};
    const s = binding.streamState(session[kHandle], this[kID]);
    return {
      state: s[0],
      weight: s[1],
      sumDependencyWeight: s[2],
      localClose: s[3],
      remoteClose: s[4],
      localWindowSize: s[5],
    };
  }

  setTimeout(msecs, callback) {
    setStreamTimeout(this, msecs, callback);
    return this;
  }

  // Priority signalling was deprecated by RFC 9113: a no-op with node's warning.
  priority(options) {
    if (!priorityWarned) {
      priorityWarned = true;
      process.emitWarning('http2Stream.priority is longer supported after priority signalling ' +
                          'was deprecated in RFC 9113', 'DeprecationWarning', 'DEP0194');
    }
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_STREAM();
  }

  // Sends RST_STREAM with code (default NGHTTP2_NO_ERROR) and closes.
  close(code = NGHTTP2_NO_ERROR, callback) {
    validateUint32(code, 'code');
    if (code > 0xffffffff) throw new codes.ERR_OUT_OF_RANGE('code', '>= 0 && <= 4294967295', code);
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.closed) return;
    if (callback) this.once('close', callback);
    // Closed from now on (nothing more may be sent); the RST_STREAM goes out at once,
    // or, for a graceful close of a stream still sending, after its last write.
    const ending = this._writableState.ending;
    markClosed(this, code);
    // A request not started yet will not receive anything: its readable side ends.
    if (this[kState].beforeReady) this.push(null);
    const session = this[kSession], id = this[kID];
    if (!ending || this.writableFinished || code !== NGHTTP2_NO_ERROR) {
      submitRstStream(session, id, code, this);
    } else {
      this.once('finish', () => {
        if (!this[kState].rstSubmitted) submitRstStream(session, id, code, this);
      });
    }
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw new codes.ERR_HTTP2_INVALID_STREAM();
    if (this[kState].trailersSent) throw new codes.ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new codes.ERR_HTTP2_TRAILERS_NOT_READY();
    validateObject(headers, 'headers');
    const list = mapToHeaders(headers, assertValidPseudoHeaderTrailer);
    this[kState].trailersSent = true;
    this[kSentTrailers] = headers;
    const session = this[kSession];
    binding.trailers(session[kHandle], this[kID], list);
    session[kScheduleFlush]();
    process.nextTick(() => this[kMaybeDestroy]());
  }

  _read() {
    const state = this[kState];
    if (state.unconsumed > 0) {
      const session = this[kSession];
      if (session && !session.destroyed) {
        binding.consume(session[kHandle], this[kID], state.unconsumed);
        session[kScheduleFlush]();
      }
      state.unconsumed = 0;
    }
  }

  _write(chunk, encoding, callback) {
    this[kWriteGeneric]([{ chunk, encoding }], callback);
  }

  _writev(chunks, callback) {
    chunks.writev = true;
    this[kWriteGeneric](chunks, callback);
  }

  [kWriteGeneric](chunks, callback) {
    const session = this[kSession];
    if (!session || session.destroyed) return callback(new codes.ERR_HTTP2_INVALID_STREAM());
    if (this[kType] === 'server' && !this.headersSent && !this.closed) this.respond();
    refreshTimeout(this);
    const bufs = chunks.map(({ chunk, encoding }) =>
      (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
    const buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs);
    const stats = this[kState].perf;
    if (stats !== null) {
      if (stats.bytesWritten === 0) stats.firstByteSent = sinceStart(stats);
      stats.bytesWritten += buf.length;
    }
    if (this[kType] === 'client') {
      // node's shape: one chunk as written, or the writev list (plain Buffers when
      // every chunk is one).
      publishStream(this, 'bodyChunkSent', () => (chunks.length === 1 && !chunks.writev ?
        { stream: this, writev: false, data: chunks[0].chunk, encoding: chunks[0].encoding } :
        { stream: this, writev: true, data: chunks.allBuffers ? chunks.map((c) => c.chunk) : chunks,
          encoding: '' }));
    }
    if (buf.byteLength === 0) {
      process.nextTick(callback);
      return;
    }
    // The callback waits until nghttp2 has taken the bytes (flow control), so a slow
    // peer holds the writer back instead of queueing without bound.
    binding.write(session[kHandle], this[kID], buf);
    this[kState].pendingWrites.push(callback);
    session[kState].wrote.push(this);
    session[kScheduleFlush]();
  }

  // Called by the session just before it flushes, for a stream that wrote: when the
  // writer has ended meanwhile and every byte is already nghttp2's, the body ends
  // now (what _final will do, which waits for the last write's callback).
  [kEndEarly]() {
    const session = this[kSession];
    const state = this[kState];
    if (!this.writableEnded || this.destroyed || !session || session.destroyed || state.beforeReady ||
        this._writableState.bufferedRequestCount !== 0 || (state.closed && state.rstCode !== NGHTTP2_NO_ERROR) ||
        (this[kType] === 'server' && !this.headersSent)) {
      return;
    }
    binding.end(session[kHandle], this[kID], state.waitForTrailers);
  }

  _final(callback) {
    const session = this[kSession];
    if (!session || session.destroyed) return callback();
    // Reset with an error: the peer must not see the body end normally.
    if (this[kState].closed && this[kState].rstCode !== NGHTTP2_NO_ERROR) return callback();
    if (this[kState].beforeReady) {
      // As node: the body counts as sent once the request has started.
      this.once('ready', () => this._final(callback));
      return;
    }
    if (this[kType] === 'client') publishStream(this, 'bodySent', () => ({ stream: this }));
    if (this[kType] === 'server' && !this.headersSent) {
      // Ended before any response: the response, when it comes, has no body.
      this[kState].endBeforeRespond = true;
      return callback();
    }
    binding.end(session[kHandle], this[kID], this[kState].waitForTrailers);
    session[kScheduleFlush]();
    callback();
  }

  // The stream was closed by nghttp2 (both sides done, or RST_STREAM either way).
  [kOnClose](code) {
    const state = this[kState];
    if (state.closed && this.destroyed) return;
    if (!state.closed) markClosed(this, code);
    state.rstSubmitted = true;
    if (!this.readable || this.readableEnded || code !== NGHTTP2_NO_ERROR) {
      this.destroy();
      return;
    }
    this.once('end', () => this.destroy());
    this.push(null);
    // A server that never looked at the request body (no 'data'/'readable' listener,
    // no resume or pipe) has it dumped, so that the stream can end.
    if (this[kType] === 'server' && this.readableFlowing === null) this.resume();
    else this.read(0);
  }

  [kMaybeDestroy]() {
    if (this.destroyed) return;
    if (this.closed && (this.readableEnded || !this.readable) && (this.writableFinished || !this.writable)) {
      this.destroy();
      return;
    }
    // A server that has sent its whole response (and trailers) without ever reading
    // the request closes the stream (RST_STREAM NO_ERROR), as node does: else a
    // client that has not ended its request would wait for ever. After an immediate,
    // so that push streams made meanwhile get out first.
    const state = this[kState];
    if (this[kType] === 'server' && !this.closed && this.writableFinished && this.headersSent &&
        !(state.waitForTrailers && !state.trailersSent) && this.readableFlowing === null) {
      setImmediate(() => {
        if (!this.closed && !this.destroyed) this.close();
      });
    }
  }

  _destroy(err, callback) {
    const session = this[kSession];
    const state = this[kState];
    clearStreamTimeout(this);
    const sessionCode = session ? (session[kState].goawayCode || session[kState].destroyCode) : 0;
    let code = state.closed ? state.rstCode : sessionCode;
    if (err != null) {
      if (sessionCode) code = sessionCode;
      else if (err.name === 'AbortError') code = NGHTTP2_CANCEL;
      else code = NGHTTP2_INTERNAL_ERROR;
    }
    if (!state.closed) markClosed(this, code);
    if (!state.rstSubmitted) submitRstStream(session, this[kID], code, this);
    this.push(null);
    // Bytes received that nobody will read still count against the connection's
    // window: give them back, or the other streams starve.
    if (state.unconsumed > 0 && session && !session.destroyed) {
      binding.consume(session[kHandle], this[kID], state.unconsumed);
      state.unconsumed = 0;
      session[kScheduleFlush]();
    }
    // Writes nghttp2 will never take now: let the writer go on (to its error/close).
    for (const cb of state.pendingWrites.splice(0)) process.nextTick(cb);
    if (session) {
      session[kState].streams.delete(this[kID]);
      setImmediate(() => session[kMaybeDestroy]());
    }
    if (state.perf !== null) {
      emitStream(state.perf, session ? session[kState].perf : null);
      state.perf = null;
    }
    if (err == null && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
      err = new codes.ERR_HTTP2_STREAM_ERROR(nameForErrorCode[code] || code);
    }
    this[kSession] = undefined;
    if (err != null) publishStream(this, 'error', () => ({ stream: this, error: err }));
    callback(err);
  }
}


class ServerHttp2Stream extends Http2Stream {
  constructor(session, id, headers) {
    super(session, id);
    this[kType] = 'server';
    this[kRequestHeaders] = headers;
    this[kState].headRequest = headers[':method'] === 'HEAD';
    this[kState].headersSent = false;
  }

  get headersSent() { return this[kState].headersSent; }
  get pushAllowed() {
    const session = this[kSession];
    return !!session && !session.destroyed && session.remoteSettings.enablePush;
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw new codes.ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new codes.ERR_HTTP2_HEADERS_AFTER_RESPOND();
    validateObject(headers, 'headers');
    const status = headers[':status'];
    if (status !== undefined) {
      if (status === 101) throw new codes.ERR_HTTP2_STATUS_101();
      if (status < 100 || status >= 200) throw new codes.ERR_HTTP2_INVALID_INFO_STATUS(status);
    } else {
      headers = { ...headers, ':status': 100 };
    }
    const list = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    (this[kSentInfoHeaders] ??= []).push(headers);
    const session = this[kSession];
    binding.info(session[kHandle], this[kID], list);
    session[kScheduleFlush]();
  }

  respond(headers, options) {
    if (this.destroyed || this.closed) throw new codes.ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new codes.ERR_HTTP2_HEADERS_SENT();
    if (options !== undefined) validateObject(options, 'options');
    options = { ...options };
    const raw = Array.isArray(headers) ? headers : null;
    headers = prepareResponseHeaders(this, headers, options);
    const list = mapToHeaders(raw ? withDefaults(raw, headers, arrayToObject(raw, false)) : headers,
                              assertValidPseudoHeaderResponse);
    const state = this[kState];
    state.headersSent = true;
    if (state.endBeforeRespond) options.endStream = true;
    const endStream = !!options.endStream;
    // With no payload, HEADERS carries END_STREAM and no trailers follow (as node).
    state.waitForTrailers = !!options.waitForTrailers && !endStream;
    this[kSentHeaders] = headers;
    const session = this[kSession];
    const rv = binding.respond(session[kHandle], this[kID], list, endStream);
    // nghttp2 may have closed the stream already, in the frames read along with its
    // request (a reset, a flow-control error): its close event is on the way.
    if (rv < 0 && rv !== NGHTTP2_ERR_STREAM_CLOSED) {
      this.destroy(new NghttpError(rv));
      return;
    }
    session[kScheduleFlush]();
    publishStream(this, 'finish', () => ({ stream: this, headers, flags: endStream ? NGHTTP2_FLAG_END_STREAM : 0 }));
    if (endStream) {
      state.endAfterHeaders = true;
      this.end();
    }
  }

  // Promises a response to a request the client did not make (PUSH_PROMISE); the
  // callback gets the pushed stream to respond on.
  pushStream(headers, options, callback) {
    if (!this.pushAllowed) throw new codes.ERR_HTTP2_PUSH_DISABLED();
    if (this[kID] % 2 === 0) throw new codes.ERR_HTTP2_NESTED_PUSH();
    const session = this[kSession];
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    if (options !== undefined) validateObject(options, 'options');
    if (headers === undefined || headers === null) headers = {};
    else validateObject(headers, 'headers');
    const full = { __proto__: null };
    for (const key of Object.keys(headers)) full[key] = headers[key];
    const request = this[kRequestHeaders];
    full[':method'] ??= 'GET';
    full[':authority'] ??= request[':authority'] ?? request.host;
    full[':scheme'] ??= request[':scheme'];
    full[':path'] ??= '/';
    if (headers[sensitiveHeadersSymbol]) full[sensitiveHeadersSymbol] = headers[sensitiveHeadersSymbol];
    if (full[':method'] === 'CONNECT') throw new codes.ERR_HTTP2_INVALID_PSEUDOHEADER(':method');
    const list = mapToHeaders(full);
    const id = binding.push(session[kHandle], this[kID], list);
    if (id < 0) {
      let err;
      if (id === -509) { // NGHTTP2_ERR_STREAM_ID_NOT_AVAILABLE
        err = new codes.ERR_HTTP2_OUT_OF_STREAMS();
        session.destroy(err);
      } else if (id === -510) { // NGHTTP2_ERR_STREAM_CLOSED
        err = new codes.ERR_HTTP2_INVALID_STREAM();
        this.destroy(err);
      } else {
        err = new NghttpError(id);
        this.destroy(err);
      }
      process.nextTick(callback, err);
      return;
    }
    const stream = new ServerHttp2Stream(session, id, full);
    stream[kState].pushed = true;
    session[kState].streams.set(id, stream);
    publishStream(stream, 'created', () => ({ stream, headers: full }));
    publishStream(stream, 'start', () => ({ stream, headers: full }));
    // A pushed stream carries no request body, and a HEAD push no response body.
    stream.push(null);
    if (full[':method'] === 'HEAD' || options?.endStream) stream.end();
    session[kScheduleFlush]();
    process.nextTick(callback, null, stream, full, 0);
  }
}
ServerHttp2Stream.prototype.respondWithFD = function respondWithFD(fd, headers, options) {
  return require('internal/http2/respond_file').respondWithFD.call(this, fd, headers, options);
};
ServerHttp2Stream.prototype.respondWithFile = function respondWithFile(path, headers, options) {
  return require('internal/http2/respond_file').respondWithFile.call(this, path, headers, options);
};


// Status validation and the defaults node adds (:status 200, date), and the cases
// where the body must be empty (204, 205, 304, HEAD).
function prepareResponseHeaders(stream, headers, options) {
  if (headers === undefined || headers === null) headers = { __proto__: null };
  else validateObject(headers, 'headers', kValidateObjectAllowArray);
  if (Array.isArray(headers)) headers = arrayToObject(headers, false);
  else {
    const copy = { __proto__: null };
    for (const key of Object.keys(headers)) copy[key] = headers[key];
    if (headers[sensitiveHeadersSymbol]) copy[sensitiveHeadersSymbol] = headers[sensitiveHeadersSymbol];
    headers = copy;
  }
  let status = headers[':status'];
  if (status === undefined) status = headers[':status'] = 200;
  status |= 0;
  if (status === 101) throw new codes.ERR_HTTP2_STATUS_101();
  if (status < 200 || status > 599) {
    if (status >= 100 && status < 200) throw new codes.ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    throw new codes.ERR_HTTP2_STATUS_INVALID(headers[':status']);
  }
  if (options.sendDate ?? true) {
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'date')) headers.date = new Date().toUTCString();
  }
  if (status === 204 || status === 205 || status === 304 || stream[kState].headRequest) {
    options.endStream = true;
  }
  return headers;
}

class ClientHttp2Stream extends Http2Stream {
  constructor(session, id, headers, options) {
    super(session, id);
    this[kType] = 'client';
    this[kSentHeaders] = headers;
    this[kState].waitForTrailers = !!options.waitForTrailers;
    this[kState].headRequest = headers[':method'] === 'HEAD';
  }
}

// --- timeouts ---------------------------------------------------------------------

function setStreamTimeout(target, msecs, callback) {
  if (target.destroyed) return;
  validateNumber(msecs, 'msecs', 0);
  if (callback !== undefined) validateFunction(callback, 'callback');
  clearStreamTimeout(target);
  if (callback !== undefined) target.once('timeout', callback);
  if (msecs === 0) {
    if (callback !== undefined) target.removeListener('timeout', callback);
    return;
  }
  const timer = setTimeout(() => {
    target[kTimeout] = null;
    target.emit('timeout');
  }, msecs);
  timer.unref?.();
  target[kTimeout] = timer;
}

function refreshTimeout(target) {
  target[kTimeout]?.refresh();
}

function clearStreamTimeout(target) {
  if (target[kTimeout]) {
    clearTimeout(target[kTimeout]);
    target[kTimeout] = null;
  }
}

module.exports = {
  publishStream,
  Http2Stream,
  ServerHttp2Stream,
  ClientHttp2Stream,
  NghttpError,
  setStreamTimeout,
  refreshTimeout,
  clearStreamTimeout,
  withDefaults,
  arrayToObject,
  markClosed,
  submitRstStream,
};
