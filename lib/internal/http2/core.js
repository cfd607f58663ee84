'use strict';
// Http2Session (server and client) over internalBinding('http2') (src/binding/http2.c).
//
// A session reads its socket as any stream (net.Socket, TLSSocket, a Duplex) and hands
// the bytes to nghttp2 in C; binding.flush() answers the frames to write and the
// events parsed (one flat array per read), which are dispatched here. Frames that
// lib/ queues (responses, data, RST_STREAM, GOAWAY...) go out on the next flush,
// scheduled once per tick. Servers and clients are in lib/internal/http2/server.js,
// streams in lib/internal/http2/stream.js.

const EventEmitter = require('events');
const {
  codes,
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction, validateNumber, validateObject, validateString,
  kValidateObjectAllowArray,
} = require('internal/validators');
const {
  constants,
  mapToHeaders,
  toHeaderObject,
  toRawHeaders,
  validateSettings,
  settingsToList,
  settingsFromBinding,
  getDefaultSettings,
  sensitiveHeaders: sensitiveHeadersSymbol,
} = require('internal/http2/util');

const binding = internalBinding('http2');
const { sessionStats, emitSession, sinceStart } = require('internal/http2/perf');
const { runTicksAndJobsIfOutermost } = require('internal/process/task_queues');

const {
  NGHTTP2_SESSION_SERVER, NGHTTP2_SESSION_CLIENT,
  NGHTTP2_NO_ERROR, NGHTTP2_INTERNAL_ERROR,
  NGHTTP2_FLAG_END_STREAM, NGHTTP2_FLAG_END_HEADERS,
} = constants;

// Event types of binding.flush() (see src/binding/http2.c).
const NGHTTP2_ERR_PROTO = -505;
const EV_HEADERS = 1, EV_DATA = 2, EV_END_STREAM = 3, EV_CLOSE = 4, EV_RST = 5, EV_GOAWAY = 6,
  EV_SETTINGS = 7, EV_PING = 8, EV_WANT_TRAILERS = 9, EV_GOAWAY_SENT = 10, EV_NOT_SENT = 11,
  EV_FRAME_ERROR = 12, EV_ALTSVC = 13, EV_ORIGIN = 14, EV_PUSH_PROMISE = 15, EV_WRITTEN = 16;
const HCAT_REQUEST = 0, HCAT_RESPONSE = 1, HCAT_PUSH_RESPONSE = 2, HCAT_HEADERS = 3;

const {
  kHandle,
  kSocket,
  kState,
  kSession,
  kType,
  kFlush,
  kScheduleFlush,
  kMaybeDestroy,
  kAuthority,
  kProtocol,
  kServer,
  kOnClose,
  kTimeout,
  kInfoHeaders,
  kNativeFields,
  kOriginSet,
  kReceive,
  kOnEvent,
  kEndEarly,
  kOnHeaders,
  kOnData,
  kOnSocketError,
  kOnSocketClose,
} = require('internal/http2/symbols');
const {
  Http2Stream,
  ServerHttp2Stream,
  ClientHttp2Stream,
  NghttpError,
  setStreamTimeout,
  refreshTimeout,
  clearStreamTimeout,
  withDefaults,
  arrayToObject,
  publishStream,
} = require('internal/http2/stream');

let requestPriorityWarned = false;
const kBoundSession = Symbol('kBoundSession');

// A SETTINGS event's payload starts with this many values (getSettings() order).
const kSettingsCount = 7;
// Settings as node's session objects show them: customSettings only when any.
function withCustom(values, custom) {
  const settings = settingsFromBinding(values);
  for (const id in custom) {
    settings.customSettings = { ...custom };
    break;
  }
  return settings;
}
const kAsyncFrame = Symbol('kAsyncFrame');
const kDispatch = Symbol('kDispatch');
const kWriteUnsent = Symbol('kWriteUnsent');

// --- sessions ---------------------------------------------------------------------

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    if (options?.settings !== undefined) validateSettings(options.settings);
    // One socket carries one session.
    if (socket[kBoundSession]) throw new codes.ERR_HTTP2_SOCKET_BOUND();
    socket[kBoundSession] = this;
    this[kType] = type;
    this[kSocket] = socket;
    this[kState] = {
      flags: 0,
      destroyed: false,
      closed: false,
      goawayCode: null,
      goawayLastStreamID: null,
      destroyCode: NGHTTP2_NO_ERROR,
      streams: new Map(),
      pendingAck: 0,
      settingsCallbacks: [],
      pings: [],
      flushScheduled: false,
      // The events of a read are being dispatched (kFlush); a flush asked for by the
      // ticks run between them waits until they all are (flushAgain).
      dispatching: false,
      flushAgain: false,
      unsent: undefined,
      connecting: false,
      // The starts of requests made while connecting, run on 'connect' (request()).
      pendingStarts: undefined,
      remoteSettingsReceived: false,
      goawaySent: null,
      // The nghttp2 error of the last invalid frame received on a stream (0: none).
      frameError: 0,
      maxPendingAck: options?.maxOutstandingSettings ?? 10,
      maxPings: options?.maxOutstandingPings ?? 10,
      // Custom settings (ids nghttp2 does not know): ours as sent, and the peer's of
      // the ids options.remoteCustomSettings names. localSettings/remoteSettings are
      // made once per change, so reading one twice gives the same object, as node.
      localCustom: Object.assign({}, options?.settings?.customSettings),
      remoteCustomIds: new Set(Array.isArray(options?.remoteCustomSettings) ? options.remoteCustomSettings : []),
      remoteCustom: {},
      localSettings: null,
      remoteSettings: null,
      // perf_hooks statistics (internal/http2/perf), or null when nobody observes.
      perf: sessionStats(),
      // Streams that handed bytes to nghttp2 since the last flush (see kFlush).
      wrote: [],
    };
    this[kTimeout] = null;
    this[kHandle] = binding.create(type, settingsToList(options?.settings),
                                   options?.strictFieldWhitespaceValidation !== false, [
                                     options?.maxSendHeaderBlockLength,
                                     options?.maxReservedRemoteStreams,
                                     options?.maxSettings,
                                     // node takes at least the 4 pseudo-headers.
                                     options?.maxHeaderListPairs === undefined ? undefined :
                                       Math.max(options.maxHeaderListPairs, 4),
                                     options?.maxSessionInvalidFrames,
                                   ]);
    // The first SETTINGS frame goes out with the preface; its ACK has no callback.
    this[kState].pendingAck = 1;
    this[kState].settingsCallbacks.push(undefined);

    // What the peer sends is handled in the AsyncLocalStorage context the session
    // was made in (a server's: its listener's), whatever the socket's own is.
    const asyncState = require('internal/async_hooks').state;
    if (asyncState.enabled) {
      const frame = asyncState.frame;
      this[kOnData] = (chunk) => {
        const prev = asyncState.frame;
        asyncState.frame = frame;
        try {
          this[kReceive](chunk);
        } finally {
          asyncState.frame = prev;
        }
      };
    } else {
      this[kOnData] = (chunk) => this[kReceive](chunk);
    }
    // The connection is gone: what is still open is cancelled (closed with CANCEL,
    // not an error), and the session ends (with an error if it never connected). The
    // peer's end alone does not end it: as in node, it lasts until the socket closes.
    this[kOnSocketClose] = () => {
      if (this.destroyed) return;
      for (const stream of this[kState].streams.values()) stream.close(constants.NGHTTP2_CANCEL);
      this.destroy(this[kState].connecting ? new codes.ERR_SOCKET_CLOSED() : undefined);
    };
    this[kOnSocketError] = (err) => this.destroy(err);
    // Frames are written as soon as they are ready; small ones must not wait on
    // Nagle's algorithm for the peer's (delayed) ACK.
    if (typeof socket.setNoDelay === 'function') socket.setNoDelay();
    socket.on('data', this[kOnData]);
    socket.on('error', this[kOnSocketError]);
    socket.on('close', this[kOnSocketClose]);
    if (socket.encrypted) this.alpnProtocol = socket.alpnProtocol || 'h2';
    else this.alpnProtocol = 'h2c';
    this.encrypted = !!socket.encrypted;
    // The connection preface (and our SETTINGS) go out at once.
    this[kFlush]();
  }

  // util.inspect shows node's summary of the session.
  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Http2Session ${inspect({
      type: this[kType],
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      localSettings: this.localSettings,
      remoteSettings: this.remoteSettings,
    })}`;
  }

  get type() { return this[kType]; }
  // A view of the connection's socket: its properties and methods, except those
  // that would corrupt the HTTP/2 framing; setTimeout/ref/unref are the session's.
  // (None once the session is destroyed, as in node.)
  get socket() {
    if (this.destroyed) return undefined;
    return this[kSocketProxy] ??= new Proxy(this, sessionSocketHandler);
  }
  get destroyed() { return this[kState].destroyed; }
  get closed() { return this[kState].closed; }
  get connecting() { return this[kState].connecting; }
  get pendingSettingsAck() { return this[kState].pendingAck > 0; }
  // The origins this session may serve: for TLS, the one it connected to.
  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return [...(this[kOriginSet] ?? [])];
  }

  get localSettings() {
    if (this.destroyed) return {};
    const state = this[kState];
    return state.localSettings ??= withCustom(binding.getSettings(this[kHandle], false), state.localCustom);
  }

  get remoteSettings() {
    if (this.destroyed) return {};
    const state = this[kState];
    return state.remoteSettings ??= withCustom(binding.getSettings(this[kHandle], true), state.remoteCustom);
  }

  get state() {
    if (this.destroyed) return {};
    const s = binding.state(this[kHandle]);
    return {
      effectiveLocalWindowSize: s[0],
      effectiveRecvDataLength: s[1],
      nextStreamID: s[2],
      localWindowSize: s[3],
      lastProcStreamID: s[4],
      remoteWindowSize: s[5],
      outboundQueueSize: s[6],
      deflateDynamicTableSize: s[7],
      inflateDynamicTableSize: s[8],
    };
  }

  ref() { this[kSocket]?.ref?.(); }
  unref() { this[kSocket]?.unref?.(); }

  setTimeout(msecs, callback) {
    setStreamTimeout(this, msecs, callback);
    return this;
  }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
    validateNumber(windowSize, 'windowSize', 0, 2 ** 31 - 1);
    binding.setLocalWindowSize(this[kHandle], windowSize);
    this[kScheduleFlush]();
  }

  settings(settings = {}, callback) {
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
    validateObject(settings, 'settings');
    validateSettings(settings);
    if (callback !== undefined) validateFunction(callback, 'callback');
    // A peer that never acknowledges must not let SETTINGS frames pile up (the first
    // one, sent with the preface, counts too).
    if (this[kState].pendingAck >= this[kState].maxPendingAck) {
      this.destroy(new codes.ERR_HTTP2_MAX_PENDING_SETTINGS_ACK());
      return;
    }
    this[kState].pendingAck++;
    this[kState].settingsCallbacks.push(callback);
    binding.settings(this[kHandle], settingsToList(settings));
    if (settings.customSettings !== undefined) {
      Object.assign(this[kState].localCustom, settings.customSettings);
      this[kState].localSettings = null;
    }
    this[kScheduleFlush]();
  }

  ping(payload, callback) {
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload !== undefined) {
      if (!ArrayBuffer.isView(payload)) {
        throw new codes.ERR_INVALID_ARG_TYPE('payload', ['Buffer', 'TypedArray', 'DataView'], payload);
      }
      if (payload.byteLength !== 8) throw new codes.ERR_HTTP2_PING_LENGTH();
    } else {
      payload = Buffer.alloc(8);
      require('crypto').randomFillSync(payload);
    }
    validateFunction(callback, 'callback');
    // As node: a session still connecting, or closing, sends no ping and cancels it
    // on the next tick (no async resource is made for it).
    if (this[kState].connecting || this.closed) {
      process.nextTick(callback, new codes.ERR_HTTP2_PING_CANCEL());
      return undefined;
    }
    const bytes = Buffer.from(payload.buffer, payload.byteOffset, 8);
    const ping = { callback, start: process.hrtime.bigint(), payload: Buffer.from(bytes) };
    // Each ping is a one-shot async resource (node's HTTP2PING) for async_hooks, a
    // cancelled one too.
    const asyncHooks = require('internal/async_hooks');
    if (asyncHooks.state.hooks.length !== 0) asyncHooks.initRequest(ping, 'HTTP2PING');
    if (this[kState].pings.length >= this[kState].maxPings) {
      process.nextTick(() => asyncHooks.runRequestCallback(ping, callback, new codes.ERR_HTTP2_PING_CANCEL()));
      return false;
    }
    this[kState].pings.push(ping);
    binding.ping(this[kHandle], bytes);
    this[kScheduleFlush]();
    return true;
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined && !ArrayBuffer.isView(opaqueData)) {
      throw new codes.ERR_INVALID_ARG_TYPE('opaqueData', ['Buffer', 'TypedArray', 'DataView'], opaqueData);
    }
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    binding.goaway(this[kHandle], code, lastStreamID || -1, opaqueData);
    this[kScheduleFlush]();
  }

  // Graceful: no new streams; the session ends once its streams have.
  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].closed = true;
    if (typeof callback === 'function') this.once('close', callback);
    // Streams asked for before the socket connected never reached the peer: cancel them.
    if (this[kState].connecting) {
      for (const stream of this[kState].streams.values()) stream.destroy(new codes.ERR_HTTP2_GOAWAY_SESSION());
    }
    binding.goaway(this[kHandle], NGHTTP2_NO_ERROR, -1);
    this[kScheduleFlush]();
    // As node: a session with nothing open is destroyed after its GOAWAY has gone to the
    // socket, not within close(); until then it is closed and not yet destroyed.
    process.nextTick(() => this[kMaybeDestroy]());
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    if (this.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new codes.ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    const state = this[kState];
    // closed stays as it was: it says close() (or the peer's GOAWAY) ended it gracefully.
    state.destroyed = true;
    state.destroyCode = code;
    clearStreamTimeout(this);
    // Requests still waiting for the connection never started: they are cancelled.
    let streamError = error;
    if (state.connecting && state.streams.size) {
      streamError = new codes.ERR_HTTP2_STREAM_CANCEL(error);
      if (error) streamError.cause = error;
    }
    for (const stream of state.streams.values()) stream.destroy(streamError);
    for (const ping of state.pings) process.nextTick(ping.callback, new codes.ERR_HTTP2_PING_CANCEL());
    state.pings = [];
    const socket = this[kSocket];
    if (socket && !socket.destroyed && socket.writable) this[kWriteUnsent]();
    state.unsent = undefined;
    // Tell the peer why, if the socket can still carry it.
    if (socket && !socket.destroyed && socket.writable) {
      if (state.goawaySent === null || (code ?? 0) !== state.goawaySent) binding.goaway(this[kHandle], code ?? 0, -1);
      const out = binding.flush(this[kHandle]);
      if (out[0]) {
        if (state.perf !== null) state.perf.bytesWritten += out[0].byteLength;
        socket.write(Buffer.from(out[0]));
      }
    }
    if (state.perf !== null) {
      emitSession(state.perf, binding.frameCounts(this[kHandle]),
                  this[kType] === NGHTTP2_SESSION_SERVER ? 'server' : 'client');
    }
    binding.destroy(this[kHandle]);
    if (socket) {
      if (socket[kBoundSession] === this) socket[kBoundSession] = undefined;
      socket.removeListener('data', this[kOnData]);
      socket.removeListener('error', this[kOnSocketError]);
      socket.removeListener('close', this[kOnSocketClose]);
      // An error on the socket after this is not ours to report.
      socket.on('error', () => {});
    }
    if (socket && !socket.destroyed) {
      socket.once('close', () => emitClose(this, error));
      socket.end(() => socket.destroy());
    } else {
      process.nextTick(emitClose, this, error);
    }
  }

  [kMaybeDestroy](error) {
    if (error == null && !this.destroyed && this.closed && this[kState].streams.size === 0) {
      this.destroy();
    }
  }

  [kScheduleFlush]() {
    const state = this[kState];
    if (state.flushScheduled || state.destroyed) return;
    state.flushScheduled = true;
    process.nextTick(() => {
      state.flushScheduled = false;
      this[kFlush]();
    });
  }

  [kReceive](chunk) {
    if (this.destroyed) return;
    refreshTimeout(this);
    if (this[kState].perf !== null) this[kState].perf.bytesRead += chunk.byteLength;
    const rv = binding.receive(this[kHandle], chunk);
    this[kFlush](true);
    if (rv === 1 && !this.destroyed) {
      this.destroy(new codes.ERR_HTTP2_TOO_MANY_INVALID_FRAMES());
    } else if (rv < 0 && !this.destroyed) {
      const err = new NghttpError(rv);
      this.destroy(err, constants.NGHTTP2_PROTOCOL_ERROR);
    }
  }

  // Writes what nghttp2 has to send and dispatches the events it parsed.
  [kFlush](fromRead = false) {
    if (this.destroyed) return;
    const state = this[kState];
    if (state.dispatching) {
      state.flushAgain = true;
      return;
    }
    // A stream ended right after its last write (stream.end(data), or write then
    // end in one tick) ends now, before the flush, so that its last DATA frame
    // carries END_STREAM, as node packs it, instead of an empty one following.
    const wrote = state.wrote;
    if (wrote.length !== 0) {
      state.wrote = [];
      for (let i = 0; i < wrote.length; i++) wrote[i][kEndEarly]();
    }
    const out = binding.flush(this[kHandle]);
    // (The bytes go out after the events of a read: an error writing them, which the
    // socket reports in a tick, must not come before the peer's GOAWAY among them.
    // A destroy() meanwhile writes them before its own.)
    state.unsent = out[0];
    if (!fromRead) this[kWriteUnsent]();
    state.dispatching = fromRead;
    try {
      this[kDispatch](out, fromRead);
    } finally {
      state.dispatching = false;
    }
    this[kWriteUnsent]();
    if (this.destroyed) return;
    // Neither side wants anything more (GOAWAY exchanged, streams done): close, once
    // the streams nghttp2 has closed have ended for the application too.
    if (out[1] === 0) {
      let now = state.streams.size === 0;
      for (const stream of state.streams.values()) if (!stream.closed) now = true;
      if (now) {
        this.destroy();
        return;
      }
      state.closed = true;
    }
    if (state.flushAgain) {
      state.flushAgain = false;
      this[kFlush]();
    }
  }

  [kWriteUnsent]() {
    const state = this[kState];
    const bytes = state.unsent;
    if (bytes === undefined) return;
    state.unsent = undefined;
    if (state.perf !== null) state.perf.bytesWritten += bytes.byteLength;
    this[kSocket].write(Buffer.from(bytes));
  }

  // Node makes one callback per event of a read: after each, the ticks and promise
  // jobs it queued run (when the read's callback is the outermost JS), before the
  // next event.
  [kDispatch](out, fromRead) {
    const asyncState = require('internal/async_hooks').state;
    for (let i = 2; i < out.length; i += 4) {
      if (this.destroyed) return;
      // A stream's events run in the AsyncLocalStorage context it was made in (a
      // request's: where request() was called).
      const frame = out[i + 1] !== 0 && asyncState.enabled ?
        this[kState].streams.get(out[i + 1])?.[kAsyncFrame] : undefined;
      if (frame === undefined) {
        this[kOnEvent](out[i], out[i + 1], out[i + 2], out[i + 3]);
      } else {
        const prev = asyncState.frame;
        asyncState.frame = frame;
        try {
          this[kOnEvent](out[i], out[i + 1], out[i + 2], out[i + 3]);
        } finally {
          asyncState.frame = prev;
        }
      }
      if (fromRead) runTicksAndJobsIfOutermost();
    }
  }

  [kOnEvent](type, id, a, payload) {
    const state = this[kState];
    switch (type) {
      case EV_HEADERS: this[kOnHeaders](id, a >> 8, a & 1, payload); break;
      case EV_DATA: {
        // The bytes reopen the peer's window once the application takes them: at
        // once while the stream's buffer has room, else when it reads again.
        // (The WINDOW_UPDATE goes out with the next flush.)
        const stream = state.streams.get(id);
        const n = payload.byteLength;
        if (stream && !stream.destroyed) {
          refreshTimeout(stream);
          const stats = stream[kState].perf;
          if (stats) {
            if (stats.bytesRead === 0) stats.firstByte = sinceStart(stats);
            stats.bytesRead += n;
          }
          // (A 'data' listener may destroy the stream inside push: then nobody
          // holds the bytes.)
          if (!stream.push(Buffer.from(payload)) && !stream.destroyed) {
            stream[kState].unconsumed += n;
            break;
          }
        }
        binding.consume(this[kHandle], id, n);
        this[kScheduleFlush]();
        break;
      }
      case EV_END_STREAM: {
        const stream = state.streams.get(id);
        if (stream && !stream.destroyed) stream.push(null);
        break;
      }
      case EV_CLOSE: {
        const stream = state.streams.get(id);
        if (stream) stream[kOnClose](a);
        break;
      }
      case EV_RST: {
        const stream = state.streams.get(id);
        if (stream) stream[kState].rstReceived = a;
        break;
      }
      case EV_GOAWAY: {
        state.goawayCode = a;
        state.goawayLastStreamID = id;
        this.emit('goaway', a, id, Buffer.from(payload));
        if (a === NGHTTP2_NO_ERROR) {
          // The peer is going away gracefully: finish what we have, open nothing new.
          if (!this.closed) {
            state.closed = true;
            this[kMaybeDestroy]();
          }
        } else if (!this.destroyed) {
          // Our own GOAWAY then says NO_ERROR: the peer knows what went wrong.
          this.destroy(new codes.ERR_HTTP2_SESSION_ERROR(a), NGHTTP2_NO_ERROR);
        }
        break;
      }
      case EV_SETTINGS: {
        // The settings in force as this frame arrived (see src/binding/http2.c).
        const values = new Uint32Array(payload);
        if (a) {
          state.pendingAck--;
          const cb = state.settingsCallbacks.shift();
          const settings = state.localSettings = withCustom(values, state.localCustom);
          if (typeof cb === 'function') cb(null, settings, 0);
          this.emit('localSettings', settings);
        } else {
          for (let k = kSettingsCount; k + 1 < values.length; k += 2) {
            if (state.remoteCustomIds.has(values[k])) state.remoteCustom[values[k]] = values[k + 1];
          }
          state.remoteSettingsReceived = true;
          this.emit('remoteSettings', state.remoteSettings = withCustom(values, state.remoteCustom));
        }
        break;
      }
      case EV_PING: {
        const bytes = Buffer.from(payload);
        if (a) {
          const i = state.pings.findIndex((p) => p.payload.equals(bytes));
          if (i < 0) {
            // An ACK of no PING of ours: the peer is broken (a connection error).
            this.destroy(new NghttpError(NGHTTP2_ERR_PROTO));
          } else {
            const [ping] = state.pings.splice(i, 1);
            const duration = Number(process.hrtime.bigint() - ping.start) / 1e6;
            if (state.perf !== null) state.perf.pingRTT = duration;
            require('internal/async_hooks').runRequestCallback(ping, () => ping.callback(null, duration, bytes));
          }
        } else {
          this.emit('ping', bytes);
        }
        break;
      }
      case EV_WANT_TRAILERS: {
        // A stream closed meanwhile (close()) sends nothing more.
        const stream = state.streams.get(id);
        if (stream && !stream.destroyed && !stream.closed) {
          stream[kState].trailersReady = true;
          if (!stream.emit('wantTrailers')) stream.sendTrailers({});
        }
        break;
      }
      case EV_GOAWAY_SENT:
        state.goawaySent = a;
        // nghttp2 ended the connection for an invalid frame it just received on a
        // stream (one on an idle stream...): that fails the session, as in node.
        if (a !== NGHTTP2_NO_ERROR && state.frameError !== 0) this.destroy(new NghttpError(state.frameError));
        break;
      case EV_NOT_SENT: {
        // A frame we queued could not go out (a header block over
        // maxSendHeaderBlockLength...): 'frameError', then the stream closes with
        // that code and the session winds down (after a GOAWAY that may be coming).
        const stream = state.streams.get(id);
        const frameType = a >>> 16, code = a & 0xffff;
        const emitter = stream ?? this;
        refreshTimeout(emitter);
        emitter.emit('frameError', frameType, code, id);
        setImmediate(() => {
          if (stream && !stream.destroyed) stream.close(code);
          if (!this.destroyed) this.close();
        });
        break;
      }
      case EV_PUSH_PROMISE: {
        // The server promises a stream (id) under one of ours (a).
        const headers = toHeaderObject(payload);
        const stream = new ClientHttp2Stream(this, id, headers, {});
        stream[kState].pushed = true;
        state.streams.set(id, stream);
        publishStream(stream, 'created', () => ({ stream, headers }));
        publishStream(stream, 'start', () => ({ stream, headers }));
        stream.end();
        this.emit('stream', stream, headers, NGHTTP2_FLAG_END_HEADERS, toRawHeaders(payload));
        break;
      }
      case EV_WRITTEN: {
        // nghttp2 took these writes whole (the peer's window let them out).
        const stream = state.streams.get(id);
        const pending = stream?.[kState].pendingWrites;
        for (let n = a; n > 0 && pending?.length; n--) pending.shift()();
        break;
      }
      case EV_ALTSVC:
        this.emit('altsvc', payload[1], payload[0], id);
        break;
      case EV_ORIGIN: {
        // RFC 8336: only a TLS connection can vouch for other origins.
        if (!this.encrypted) break;
        const set = this[kOriginSet] ??= [];
        for (const origin of payload) if (!set.includes(origin)) set.push(origin);
        this.emit('origin', payload);
        break;
      }
      case EV_FRAME_ERROR:
        // An invalid frame received: nghttp2 answered it (RST_STREAM, or GOAWAY for
        // a connection error; a first frame that is not SETTINGS is one). A
        // connection error fails the session.
        if (id === 0) this.destroy(new NghttpError(-(a & 0xffff)));
        else state.frameError = -(a & 0xffff);
        break;
    }
  }

  [kOnHeaders](id, cat, endStream, list) {
    const state = this[kState];
    const headers = toHeaderObject(list);
    const flags = NGHTTP2_FLAG_END_HEADERS | (endStream ? NGHTTP2_FLAG_END_STREAM : 0);
    let stream = state.streams.get(id);
    if (cat === HCAT_REQUEST && this[kType] === NGHTTP2_SESSION_SERVER) {
      if (stream) return;
      if (this.closed) {
        binding.rst(this[kHandle], id, constants.NGHTTP2_REFUSED_STREAM);
        this[kScheduleFlush]();
        return;
      }
      stream = new ServerHttp2Stream(this, id, headers);
      state.streams.set(id, stream);
      publishStream(stream, 'created', () => ({ stream, headers }));
      publishStream(stream, 'start', () => ({ stream, headers }));
      if (endStream) {
        stream[kState].endAfterHeaders = true;
        stream.push(null);
      }
      this.emit('stream', stream, headers, flags, toRawHeaders(list));
      return;
    }
    if (!stream || stream.destroyed) return;
    refreshTimeout(stream);
    const stats = stream[kState].perf;
    if (stats && stats.firstHeader === 0) stats.firstHeader = sinceStart(stats);
    if (cat === HCAT_PUSH_RESPONSE) {
      stream[kState].responded = true;
      if (endStream) stream[kState].endAfterHeaders = true;
      publishStream(stream, 'finish', () => ({ stream, headers, flags }));
      stream.emit('push', headers, flags, toRawHeaders(list));
      return;
    }
    if (cat === HCAT_RESPONSE || (cat === HCAT_HEADERS && this[kType] === NGHTTP2_SESSION_CLIENT &&
        !stream[kState].responded && headers[':status'] !== undefined)) {
      const status = headers[':status'];
      if (status >= 100 && status < 200) {
        stream.emit('headers', headers, flags, toRawHeaders(list));
        if (status === 100) stream.emit('continue');
        return;
      }
      stream[kState].responded = true;
      if (endStream) stream[kState].endAfterHeaders = true;
      if (status === 421 && this[kOriginSet]) {
        // Misdirected: this connection does not serve the request's origin after all.
        const sent = stream.sentHeaders;
        const origin = new URL(`${sent[':scheme']}://${sent[':authority']}`).origin;
        this[kOriginSet] = this[kOriginSet].filter((o) => o !== origin);
      }
      publishStream(stream, 'finish', () => ({ stream, headers, flags }));
      stream.emit('response', headers, flags, toRawHeaders(list));
      return;
    }
    // A later header block: trailers.
    stream.emit('trailers', headers, flags, toRawHeaders(list));
  }
}


const kSocketProxy = Symbol('kSocketProxy');
const kNoManipulation = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write',
                                 'setEncoding', 'setKeepAlive', 'setNoDelay']);
// The socket under session, unless it went with the session's destruction.
function boundSocket(session) {
  if (session.destroyed) throw new codes.ERR_HTTP2_SOCKET_UNBOUND();
  return session[kSocket];
}
const sessionSocketHandler = {
  get(session, prop) {
    if (prop === 'setTimeout' || prop === 'ref' || prop === 'unref') return session[prop].bind(session);
    if (kNoManipulation.has(prop)) throw new codes.ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const socket = boundSocket(session);
    const value = socket[prop];
    return typeof value === 'function' ? value.bind(socket) : value;
  },
  set(session, prop, value) {
    if (prop === 'setTimeout' || prop === 'ref' || prop === 'unref') {
      session[prop] = value;
      return true;
    }
    if (kNoManipulation.has(prop)) throw new codes.ERR_HTTP2_NO_SOCKET_MANIPULATION();
    boundSocket(session)[prop] = value;
    return true;
  },
  has(session, prop) { return prop in boundSocket(session); },
  getPrototypeOf(session) { return Object.getPrototypeOf(boundSocket(session)); },
};

function emitClose(session, error) {
  if (error) session.emit('error', error);
  session.emit('close');
}

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
  }

  get server() { return this[kServer]; }
}
// The characters RFC 7838 allows in an Alt-Svc field value (a quoted-string's).
const kQuotedString = /^[\x09\x20-\x5b\x5d-\x7e\x80-\xff]*$/;
const kMaxAltsvcOrigin = 16382;

// Sends an ALTSVC frame: for the connection's origin (a string, URL or object with
// an origin) or for one stream (its id).
ServerHttp2Session.prototype.altsvc = function altsvc(alt, originOrStream) {
  if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
  let stream = 0;
  let origin = '';
  if (typeof originOrStream === 'string') {
    origin = new URL(originOrStream).origin;
    if (origin === 'null') throw new codes.ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
  } else if (typeof originOrStream === 'number') {
    if (originOrStream >>> 0 !== originOrStream || originOrStream === 0) {
      throw new codes.ERR_OUT_OF_RANGE('originOrStream', '> 0 && < 4294967296', originOrStream);
    }
    stream = originOrStream;
  } else if (originOrStream !== undefined) {
    origin = originOrStream !== null && typeof originOrStream === 'object' ? originOrStream.origin : undefined;
    if (typeof origin !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'object'], originOrStream);
    }
    if (origin === 'null' || origin.length === 0) throw new codes.ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
  }
  validateString(alt, 'alt');
  if (!kQuotedString.test(alt)) throw new codes.ERR_INVALID_CHAR('alt');
  if (origin.length + alt.length > kMaxAltsvcOrigin) throw new codes.ERR_HTTP2_ALTSVC_LENGTH();
  binding.altsvc(this[kHandle], stream, origin, alt);
  this[kScheduleFlush]();
};

// Sends an ORIGIN frame naming the origins this connection may serve.
ServerHttp2Session.prototype.origin = function origin(...origins) {
  if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
  if (origins.length === 0) return;
  const list = [];
  let length = 0;
  for (let value of origins) {
    if (typeof value === 'string') value = new URL(value).origin;
    else if (value !== null && typeof value === 'object') value = value.origin;
    validateString(value, 'origin');
    if (value === 'null') throw new codes.ERR_HTTP2_INVALID_ORIGIN();
    length += value.length;
    list.push(value);
  }
  if (length > kMaxAltsvcOrigin) throw new codes.ERR_HTTP2_ORIGIN_LENGTH();
  binding.origin(this[kHandle], list);
  this[kScheduleFlush]();
};

class ClientHttp2Session extends Http2Session {
  constructor(options, socket, authority, protocol) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    this[kAuthority] = authority;
    this[kProtocol] = protocol;
    if (protocol === 'https:') this[kOriginSet] = [new URL(`https://${authority}`).origin];
  }

  // An async 'stream' (push) listener that rejects: that stream fails with the error.
  [Symbol.for('nodejs.rejection')](err, event, ...args) {
    if (event === 'stream') args[0].destroy(err);
    else this.emit('error', err);
  }

  // The id of the next stream request() opens (nghttp2 keeps ids odd and growing).
  setNextStreamID(id) {
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
    validateNumber(id, 'id');
    if (id <= 0 || id > 2 ** 32 - 1) throw new codes.ERR_OUT_OF_RANGE('id', '> 0 and <= 4294967295', id);
    binding.setNextStreamId(this[kHandle], id);
  }

  request(headers, options) {
    if (this.destroyed) throw new codes.ERR_HTTP2_INVALID_SESSION();
    if (this.closed) throw new codes.ERR_HTTP2_GOAWAY_SESSION();
    if (headers !== undefined && headers !== null) validateObject(headers, 'headers', kValidateObjectAllowArray);
    if (options !== undefined) validateObject(options, 'options');
    options = { ...options };
    for (const name of ['endStream', 'exclusive', 'silent', 'waitForTrailers']) {
      if (options[name] !== undefined && typeof options[name] !== 'boolean') {
        throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'boolean', options[name]);
      }
    }
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    if (options.parent !== undefined && typeof options.parent !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.parent', 'number', options.parent);
    }
    if (options.weight !== undefined || options.parent !== undefined || options.exclusive !== undefined) {
      // Accepted and ignored: RFC 9113 deprecated priority signalling.
      if (!requestPriorityWarned) {
        requestPriorityWarned = true;
        process.emitWarning('Priority signaling has been deprecated as of RFC 9113.',
                            'DeprecationWarning', 'DEP0194');
      }
    }
    // Keys keep the caller's spelling (sentHeaders shows them so); the defaults are
    // added when no spelling of them is there.
    const given = Array.isArray(headers) ? arrayToObject(headers, false) : headers ?? {};
    const method = given[':method'] ?? 'GET';
    // The caller's headers first, then the pseudo-headers it left out (node's order).
    const full = { __proto__: null };
    for (const key of Object.keys(given)) full[key] = given[key];
    full[':method'] = method;
    if (method === 'CONNECT' && given[':protocol'] === undefined) {
      // A plain CONNECT (a tunnel) names only its target.
      if (given[':authority'] === undefined && given.host === undefined) throw new codes.ERR_HTTP2_CONNECT_AUTHORITY();
      if (given[':path'] !== undefined) throw new codes.ERR_HTTP2_CONNECT_PATH();
      if (given[':scheme'] !== undefined) throw new codes.ERR_HTTP2_CONNECT_SCHEME();
      full[':authority'] ??= given.host;
    } else {
      // A host header stands for :authority (it is not repeated as one); an extended
      // CONNECT (RFC 8441, :protocol) gets the defaults of any request.
      if (given.host === undefined) full[':authority'] ??= this[kAuthority];
      full[':scheme'] ??= this[kProtocol].slice(0, -1);
      full[':path'] ??= '/';
    }
    if (headers?.[sensitiveHeadersSymbol]) full[sensitiveHeadersSymbol] = headers[sensitiveHeadersSymbol];
    const list = mapToHeaders(Array.isArray(headers) ? withDefaults(headers, full, given) : full);
    const endStream = options.endStream ?? (method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
      method === 'OPTIONS' || method === 'TRACE');
    const id = binding.request(this[kHandle], list, !!endStream && !options.waitForTrailers);
    if (id < 0) {
      // No stream could be opened: the stream object still comes back, and fails.
      const err = id === -509 ? new codes.ERR_HTTP2_OUT_OF_STREAMS() : new NghttpError(id);
      const stream = new ClientHttp2Stream(this, undefined, full, options);
      process.nextTick(() => stream.destroy(err));
      return stream;
    }
    const stream = new ClientHttp2Stream(this, id, full, options);
    const asyncState = require('internal/async_hooks').state;
    if (asyncState.enabled) stream[kAsyncFrame] = asyncState.frame;
    this[kState].streams.set(id, stream);
    publishStream(stream, 'created', () => ({ stream, headers: full }));
    // Writes of the request's first tick go out together, as one writev (node keeps
    // a new stream corked until it is ready).
    stream.cork();
    stream[kState].beforeReady = true;
    if (endStream) stream.end();
    const start = () => {
      stream[kState].beforeReady = false;
      stream[kState].awaitingConnect = false;
      if (stream.destroyed) return;
      publishStream(stream, 'start', () => ({ stream, headers: full }));
      if (stream.writableCorked) stream.uncork();
      stream.emit('ready');
    };
    if (this[kState].connecting) {
      // As node: a request made while the session connects is pending (no id) and
      // starts when the session has connected, all such requests from one 'connect'
      // listener added with the first of them, so 'ready' (and the callbacks of the
      // first writes) come after the session's 'connect'.
      stream[kState].awaitingConnect = true;
      const state = this[kState];
      if (state.pendingStarts === undefined) {
        state.pendingStarts = [];
        this.once('connect', () => {
          const starts = state.pendingStarts;
          state.pendingStarts = undefined;
          for (const run of starts) run();
        });
      }
      state.pendingStarts.push(start);
    } else {
      process.nextTick(start);
    }
    // After 'ready': the HEADERS frame and what the first tick wrote and ended (the
    // body, END_STREAM) leave in one write, not two small ones that Nagle's
    // algorithm and a delayed ACK would hold 40 ms apart.
    this[kScheduleFlush]();
    if (options.signal !== undefined) abortStreamOnSignal(stream, options.signal);
    return stream;
  }
}


// options.signal of request(): aborting destroys the stream with an AbortError.
function abortStreamOnSignal(stream, signal) {
  const abort = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    abort();
    return;
  }
  const disposable = EventEmitter.addAbortListener(signal, abort);
  stream.once('close', () => disposable[Symbol.dispose]());
}

module.exports = {
  Http2Session,
  ServerHttp2Session,
  ClientHttp2Session,
  Http2Stream,
  ServerHttp2Stream,
  ClientHttp2Stream,
  NghttpError,
  kSession,
  kSocket,
  kHandle,
  kState,
  kNativeFields,
  kInfoHeaders,
  getDefaultSettings,
};
