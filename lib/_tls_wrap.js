'use strict';
// TLSSocket and tls.Server. A TLSSocket is a net.Socket whose handle is a TLSHandle:
// the stream-handle API over a C TLS connection (internalBinding('tls_wrap')) that
// filters the reads and writes of a TCP handle. Verification of the peer
// (rejectUnauthorized, checkServerIdentity) is decided here after the handshake.

const binding = internalBinding('tls_wrap');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { Buffer } = require('buffer');
const net = require('net');
const { UV_EOF, UV_ENOTCONN } = internalBinding('stream_wrap');
const { UV_EPIPE } = internalBinding('uv');
const { attachHandle, kByteSource, kStreamOps, readChunk, readStop } = require('internal/stream_base_commons');
const { codes, errnoException } = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateString, validateUint32, validateInt32,
} = require('internal/validators');
const { createSecureContext, isSecureContext, SecureContext } = require('_tls_common');

const kConn = Symbol('kConn');
const kTcp = Symbol('kTcp');
const kSocket = Symbol('kSocket');
const kStarted = Symbol('kStarted');
const kFromConnect = Symbol('kFromConnect');
const kClosing = Symbol('kClosing');
const kTLSSocket = Symbol('kTLSSocket'); // on a plain socket, the TLSSocket over it
let cliKeylog; // --tls-keylog's file (null: none), read on first use
function keylogFile() {
  cliKeylog ??= require('internal/tls_options').cli.keylog ?? null;
  return cliKeylog;
} // on a handle shared with a plain socket, once closing // in the options of tls.connect()'s sockets

// The stream layer's functions for a TLSHandle (see kStreamOps in
// internal/stream_base_commons).
// As in node, a TLS write always completes later, even when the kernel took the
// record at once: socket.bufferSize counts what was written in this tick.
// Over a JS transport a write completes once the transport has taken its records (as
// node's JSStreamSocket reports it), which is what holds a writer back when the
// transport is slow.
function completeWrite(req) { req.oncomplete(0); }
function later(h, ret, req) {
  if (ret !== 0) return ret;
  if (!h.completeAfterTransport?.(req)) process.nextTick(completeWrite, req);
  return 1;
}
// As with OpenSSL's SSL_write, a client's first write begins a handshake not begun.
function started(h) {
  if (!h[kStarted] && !h[kSocket]?._tlsOptions.isServer) h[kSocket]?._start();
  return h;
}
const tlsOps = {
  readStart: (h) => h.readStart(),
  readStop: (h) => h.readStop(),
  writeBuffer: (h, req, data) => later(h, started(h).writeBuffer(req, data), req),
  writeUtf8String: (h, req, s) => later(h, started(h).writeUtf8String(req, s), req),
  writeLatin1String: (h, req, s) => later(h, started(h).writeLatin1String(req, s), req),
  writev: (h, req, chunks) => later(h, started(h).writev(req, chunks), req),
};

// What both handles share: the stream layer's functions and the calls from C
// (this = the handle), which go to the TLSSocket using it.
class TLSHandleBase {
  get [kStreamOps]() { return tlsOps; }
  onhandshakedone() { this[kSocket]?._onHandshakeDone(); }
  onerror(err) { this[kSocket]?._onTlsError(err); }
  onsni(servername) { return this[kSocket]?._onSNI(servername); }
  onsession(bytes) { this[kSocket]?._onSession(bytes); }
  onkeylog(line) { this[kSocket]?._onKeylog(line); }
  onhandshakestart() { this[kSocket]?._onHandshakeStart(this); }
  onalpn(wire) { return this[kSocket]?._onALPN(wire); }
  onpskserver(identity) { return this[kSocket]?._onPSKServer(identity); }
  onpskclient(hint) { return this[kSocket]?._onPSKClient(hint); }
  onnewsession(id, data) { this[kSocket]?._onNewSession(id, data); }
  onocsprequest(cert, issuer) { this[kSocket]?._onOCSPRequest(cert, issuer); }
  onocspresponse(resp) { this[kSocket]?.emit('OCSPResponse', resp ? Buffer.from(resp) : null); }
  onresumesession(id) { this[kSocket]?._onResumeSession(id); }

  // socket.ssl.verifyError(): the peer's verification result as node's Error, or null.
  verifyError() {
    const v = this[kConn] && binding.verifyError(this[kConn]);
    return v ? verifyErrorObject(v) : null;
  }
}

// node suggests its --use-system-ca flag for errors a missing root CA would cause.
const kSystemCAHint = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);
const kSystemCAHintText = '; if the root CA is installed locally, try running Node.js with --use-system-ca';

function verifyErrorObject(v) {
  const error = new Error(kSystemCAHint.has(v.code) ? `${v.message}${kSystemCAHintText}` : v.message);
  error.code = v.code;
  return error;
}

// The stream-handle API net.Socket expects, over a TCP handle and its TLS filter.
class TLSHandle extends TLSHandleBase {
  constructor(tcp, context, isServer) {
    super();
    this[kTcp] = tcp;
    this.reading = false;
    this.onread = null;
    this[kConn] = binding.wrap(tcp, context, isServer, this);
  }

  start() {
    if (this[kStarted]) return 0;
    this[kStarted] = true;
    return binding.start(this[kConn]);
  }

  connect(req, ...args) {
    const done = req.oncomplete;
    const handle = this;
    req.oncomplete = function(status) {
      if (status === 0) {
        const err = handle.start();
        if (err) status = err;
      }
      return done.call(this, status);
    };
    return this[kTcp].connect(req, ...args);
  }

  connect6(req, ...args) { return this.connect.call({ __proto__: this, [kTcp]: { connect: (...a) => this[kTcp].connect6(...a) } }, req, ...args); }

  // The HTTP parser may read the cleartext in C (over a TCP or pipe handle only: a
  // JS transport's bytes come from JS calls).
  get [kByteSource]() { return this[kConn]; }

  readStart() { return binding.readStart(this[kConn]); }
  readStop() { return binding.readStop(this[kConn]); }

  writeBuffer(req, data) { return binding.write(this[kConn], req, data); }
  writeUtf8String(req, s) { return binding.writeString(this[kConn], req, s, false); }
  writeLatin1String(req, s) { return binding.writeString(this[kConn], req, s, true); }
  writev(req, chunks) {
    const bufs = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c));
    return binding.write(this[kConn], req, Buffer.concat(bufs));
  }

  shutdown(req) {
    // The plain socket sharing the handle may have closed it: nothing to shut down.
    if (this[kTcp][kClosing]) return UV_ENOTCONN;
    binding.shutdown(this[kConn]);
    return this[kTcp].shutdown(req);
  }

  close(cb) {
    binding.destroy(this[kConn]);
    this[kTcp].close(cb);
  }

  reset(cb) { this.close(cb); }
  ref() { this[kTcp].ref(); }
  unref() { this[kTcp].unref(); }
  hasRef() { return this[kTcp].hasRef(); }
  getpeername(out) { return this[kTcp].getpeername(out); }
  getsockname(out) { return this[kTcp].getsockname(out); }
  // (Pipes have neither.)
  setNoDelay(v) { return this[kTcp].setNoDelay?.(v) ?? 0; }
  setKeepAlive(...a) { return this[kTcp].setKeepAlive?.(...a) ?? 0; }
  bind(...a) { return this[kTcp].bind(...a); }
  bind6(...a) { return this[kTcp].bind6(...a); }
  get bytesRead() { return this[kTcp].bytesRead; }
  get bytesWritten() { return this[kTcp].bytesWritten; }
  get writeQueueSize() { return this[kTcp].writeQueueSize; }
  get fd() { return this[kTcp].fd; }
}

// The same API over any Duplex (a JS transport): ciphertext goes out with
// duplex.write() and comes in from its 'data' events through binding.receive(). Over
// another TLSSocket (TLS in TLS: a tunnel through an HTTPS proxy) it takes that
// socket's reads over instead, as node's TLS over a socket's handle does: the outer
// socket emits no more 'data' or 'end'.
class DuplexTLSHandle extends TLSHandleBase {
  #duplex;
  #ended = false;
  #bytesRead = 0;
  #bytesWritten = 0;
  #unsent = 0; // bytes given to duplex.write() whose callback has not run
  #waiting = []; // write requests done in OpenSSL, waiting for the transport
  #writeError = 0;
  #outer = null; // the handle of a TLSSocket this one reads through (#takeReads)
  #stopped = false; // JS stopped reading (readStop)
  #endWaiting = false; // the transport ended while JS did not read
  constructor(duplex, context, isServer) {
    super();
    this.#duplex = duplex;
    this.reading = false;
    this.onread = null;
    this[kConn] = binding.wrap(null, context, isServer, this);
    this.onData = (chunk) => {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      this.#bytesRead += chunk.byteLength;
      binding.receive(this[kConn], chunk);
    };
    this.onEnd = () => this.#eof(UV_EOF);
    this.onClose = () => this.#eof(UV_EOF);
    this.onError = (err) => this[kSocket]?.destroy(err);
    if (duplex instanceof net.Socket && duplex._handle instanceof TLSHandleBase) {
      this.#takeReads(duplex);
    } else {
      duplex.on('data', this.onData);
      duplex.on('end', this.onEnd);
    }
    duplex.on('close', this.onClose);
    duplex.on('error', this.onError);
  }

  #takeReads(socket) {
    const outer = socket._handle;
    this.#outer = outer;
    // What the outer socket read but nobody consumed yet is the start of this stream.
    const early = socket.readableLength > 0 ? socket.read(socket.readableLength) : null;
    readStop(socket);
    outer.onread = (nread, source) => {
      if (nread > 0) this.onData(readChunk(nread, source));
      else if (nread === UV_EOF) this.#eof(UV_EOF);
      else if (nread < 0) this[kSocket]?.destroy(errnoException(nread, 'read'));
    };
    outer.readStart();
    if (early) this.onData(early);
  }

  // Called by a write OpenSSL has done: true when the transport still has records
  // to take, and req then completes once it has taken them all.
  completeAfterTransport(req) {
    if (this.#unsent === 0) return false;
    this.#waiting.push(req);
    return true;
  }

  #transportWrote(n, err) {
    this.#unsent -= n;
    if (err && !this.#writeError) this.#writeError = UV_EPIPE;
    if (this.#unsent !== 0) return;
    const status = this.#writeError;
    this.#writeError = 0;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const req of waiting) req.oncomplete(status);
  }

  // The transport's end comes after the records it brought: while JS does not read,
  // some may wait undeciphered, so the end waits for readStart().
  #eof(code) {
    if (this.#ended) return;
    if (this.#stopped) {
      this.#endWaiting = true;
      return;
    }
    this.#ended = true;
    this.onread?.(code);
  }

  get duplex() { return this.#duplex; }

  // node's TLS over a JS transport reads it through a JSStreamSocket, its handle's
  // _parentWrap. eddy's reads the duplex itself; this stands in for code that only
  // takes the wrapper's constructor (http2-wrapper), without reading the duplex.
  get _parentWrap() {
    return Object.create(require('internal/js_stream_socket').prototype);
  }

  onnetwrite(ab) {
    const n = ab.byteLength;
    this.#bytesWritten += n;
    const d = this.#duplex;
    if (d.destroyed || d.writableEnded) return;
    this.#unsent += n;
    d.write(Buffer.from(ab), (err) => this.#transportWrote(n, err));
  }

  start() {
    if (this[kStarted]) return 0;
    this[kStarted] = true;
    return binding.start(this[kConn]);
  }

  // Reading stops at the transport too, as node's JSStreamSocket pauses its stream: a
  // reader that stops holds the peer's writer back instead of buffering its records.
  readStart() {
    this.#stopped = false;
    this.#transportReads(true);
    const err = binding.readStart(this[kConn]);
    // (The records held back went to JS above, unless it stopped reading again.)
    if (this.#endWaiting && !this.#stopped) {
      this.#endWaiting = false;
      this.#eof(UV_EOF);
    }
    return err;
  }

  readStop() {
    this.#stopped = true;
    this.#transportReads(false);
    return binding.readStop(this[kConn]);
  }

  #transportReads(on) {
    const d = this.#duplex;
    if (d.destroyed) return;
    if (this.#outer !== null) {
      if (on) this.#outer.readStart();
      else this.#outer.readStop();
    } else if (on) {
      d.resume();
    } else {
      d.pause();
    }
  }

  writeBuffer(req, data) { return binding.write(this[kConn], req, data); }
  writeUtf8String(req, s) { return binding.writeString(this[kConn], req, s, false); }
  writeLatin1String(req, s) { return binding.writeString(this[kConn], req, s, true); }
  writev(req, chunks) { return TLSHandle.prototype.writev.call(this, req, chunks); }

  shutdown(req) {
    binding.shutdown(this[kConn]);
    const d = this.#duplex;
    if (d.destroyed || d.writableEnded) {
      process.nextTick(() => req.oncomplete(0));
    } else {
      d.end(() => req.oncomplete(0));
    }
    return 0;
  }

  close(cb) {
    binding.destroy(this[kConn]);
    const d = this.#duplex;
    d.removeListener('data', this.onData);
    d.removeListener('end', this.onEnd);
    d.removeListener('close', this.onClose);
    // Errors after the TLS socket closed have no one to go to.
    d.removeListener('error', this.onError);
    d.on('error', () => {});
    d.destroy();
    if (cb) process.nextTick(cb);
  }

  reset(cb) { this.close(cb); }
  ref() { this.#duplex._handle?.ref?.(); }
  unref() { this.#duplex._handle?.unref?.(); }
  hasRef() { return true; }
  getpeername(out) { return this.#duplex._handle?.getpeername?.(out) ?? UV_ENOTCONN; }
  getsockname(out) { return this.#duplex._handle?.getsockname?.(out) ?? UV_ENOTCONN; }
  setNoDelay(v) { this.#duplex.setNoDelay?.(v); return 0; }
  setKeepAlive(...a) { this.#duplex.setKeepAlive?.(...a); return 0; }
  get bytesRead() { return this.#bytesRead; }
  get bytesWritten() { return this.#bytesWritten; }
  get writeQueueSize() { return this.#unsent; }
  get fd() { return -1; }
}

// Takes the reads of a connected plain socket's TCP handle over. As in node, the plain
// socket keeps the handle: what it writes goes out raw, and destroying it closes the
// connection (the TLSSocket is destroyed when it has closed).
function takeHandle(socket, context, isServer) {
  const tcp = socket._handle;
  // What the plain socket read but nobody consumed yet is the start of the TLS stream.
  const early = socket.readableLength > 0 ? socket.read(socket.readableLength) : null;
  readStop(socket);
  tcp.onread = () => {};
  shareClose(tcp);
  const server = socket._server;
  socket._server = null;
  const handle = new TLSHandle(tcp, context.context, isServer);
  if (early) binding.receive(handle[kConn], typeof early === 'string' ? Buffer.from(early) : early);
  return { handle, server };
}

// Both sockets over one handle close it: the first close (or reset) closes it, and
// every caller's callback runs once it is closed. (The handle's reset closes through
// its close property.)
function shareClose(tcp) {
  const { close, reset } = tcp;
  let waiting = null; // the callbacks while closing; true once closed
  const after = (cb) => {
    if (typeof cb !== 'function') return;
    if (waiting === true) process.nextTick(cb);
    else waiting.push(cb);
  };
  tcp.close = function(cb) {
    if (waiting !== null) return after(cb);
    waiting = [];
    tcp[kClosing] = true;
    after(cb);
    close.call(tcp, () => {
      const list = waiting;
      waiting = true;
      for (const f of list) f();
    });
  };
  if (typeof reset === 'function') {
    tcp.reset = function(cb) {
      if (waiting === null) return reset.call(tcp, cb);
      after(cb);
      return 0;
    };
  }
}

function alpnWire(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  if (ArrayBuffer.isView(protocols)) return protocols;
  if (!Array.isArray(protocols)) {
    // node's (legacy) message for this one, with no code.
    throw new TypeError('Must give a Buffer as first argument');
  }
  const parts = [];
  for (const p of protocols) {
    const b = typeof p === 'string' ? Buffer.from(p) : Buffer.from(p);
    parts.push(Buffer.from([b.length]), b);
  }
  return Buffer.concat(parts);
}

class TLSSocket extends net.Socket {
  constructor(socket, options = {}) {
    const isServer = !!options.isServer;
    // node wraps any other value as a stream, and fails the same way on a non-stream.
    if (socket !== null && socket !== undefined && typeof socket.pause !== 'function') {
      throw new TypeError('stream.pause is not a function');
    }
    if (isServer && options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
    // Through the tls module, where programs (and node's tests) may replace it.
    const context = options.secureContext ?? require('tls').createSecureContext(options);
    if (!isSecureContext(context)) throw new codes.ERR_TLS_INVALID_CONTEXT('context');
    let handle = null;
    let server = null;
    // A plain socket that is connecting (or not yet told to) hands its handle over
    // once connected; any other Duplex carries the ciphertext through JS.
    // A TLSSocket (TLS inside TLS) or any socket over a JS handle counts as a Duplex.
    const isNet = socket instanceof net.Socket && !(socket instanceof TLSSocket) &&
      !(socket._handle && socket._handle[kStreamOps]);
    if (isNet && socket._handle && !(socket._handle instanceof TCP || socket._handle instanceof Pipe)) {
      // A handle a program gave net.Socket that is neither native nor a JS stream:
      // C takes over native handles only. Node refuses it with this assertion.
      const { codes: { ERR_INTERNAL_ASSERTION } } = require('internal/errors');
      throw new ERR_INTERNAL_ASSERTION('handle must be a StreamBase');
    }
    const pending = isNet && (socket.connecting || (!socket._handle && !socket.destroyed));
    if (isNet && socket._handle && !pending) {
      ({ handle, server } = takeHandle(socket, context, isServer));
    } else if (socket && !isNet) {
      handle = new DuplexTLSHandle(socket, context.context, isServer);
    } else if (!socket && !options[kFromConnect]) {
      // No transport: socket.connect() later connects a TCP handle of its own.
      handle = new TLSHandle(new TCP(TCPConstants.SOCKET), context.context, isServer);
    }
    super({ handle: handle ?? undefined, allowHalfOpen: socket?.allowHalfOpen ?? options.allowHalfOpen,
            manualStart: true, highWaterMark: options.highWaterMark, signal: options.signal,
            onread: options.onread });
    this._tlsOptions = options;
    this._secureContext = context;
    if (keylogFile() !== null && !warnedKeylog) {
      warnedKeylog = true;
      process.emitWarning(`Using --tls-keylog makes TLS connections insecure by writing secret key material to file ${keylogFile()}`);
    }
    this._secureEstablished = false;
    this._rejectUnauthorized = options.rejectUnauthorized !== false;
    this._session = undefined;
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this._parentSocket = socket instanceof net.Socket ? socket : null;
    if (server) {
      this._server = server;
      this.server = server;
    }
    if (handle) this._attach(handle);
    if (isNet) {
      // The plain socket and this one share a connection, as in node: destroying
      // either closes both. ('close' comes once: shared listeners, no closures.)
      socket[kTLSSocket] = this;
      socket.on('close', destroyTLSSocket);
      this.on('close', destroyParentSocket);
    }
    if (pending) {
      // A plain socket still connecting: take its handle once it is connected.
      this.connecting = true;
      socket.once('connect', () => {
        if (this.destroyed) return;
        const taken = takeHandle(socket, context, isServer);
        this._attach(taken.handle);
        this.connecting = false;
        this._start();
        this.emit('connect');
      });
      socket.once('error', (err) => this.destroy(err));
    }
    // A server-side socket answers the ClientHello without being told (a tls.Server
    // starts its own after setting up the handshake timer; starting is idempotent).
    // (On the next tick: bytes the plain socket already read may fail the handshake
    // at once, and the program attaches its listeners first.)
    if (isServer && handle && !(options.server instanceof Server)) {
      process.nextTick(() => { if (!this.destroyed) this._start(); });
    }
    this.on('end', onEndBeforeSecure);
  }

  _attach(handle) {
    this._handle = handle;
    handle[kSocket] = this;
    attachHandle(this, handle);
    const conn = handle[kConn];
    const o = this._tlsOptions;
    const wire = alpnWire(o.ALPNProtocols);
    if (wire) binding.setALPN(conn, wire);
    if (o.isServer && typeof o.ALPNCallback === 'function') binding.setALPNCallback(conn);
    if (typeof o.pskCallback === 'function' &&
        !binding.setPSK(conn, o.isServer ? o.pskIdentityHint : undefined)) {
      process.nextTick(() => this._onTlsError(new codes.ERR_TLS_PSK_SET_IDENTITY_HINT_FAILED()));
    }
    if (o.isServer) {
      // (A new connection verifies nothing unless told to.)
      if (o.requestCert) binding.setVerify(conn, true, this._rejectUnauthorized);
    } else {
      const name = o.servername;
      if (name && !net.isIP(name)) binding.setServername(conn, name);
      if (o.session) binding.setSession(conn, o.session);
      if (o.requestOCSP) binding.requestOCSP(conn);
    }
    if (this.listenerCount('keylog') > 0 || o.server?.listenerCount('keylog') > 0 || keylogFile() !== null) {
      binding.enableKeylog(conn);
    }
    // A client's 'keylog' listener added later turns key logging on. (A server's lines
    // go to its server's 'keylog', checked per connection above: its sockets need no
    // 'newListener' watch, which would run for each of the many listeners http adds.)
    if (!o.isServer && !this._keylogWatched) {
      this._keylogWatched = true;
      this.on('newListener', onNewListener);
    }
  }

  // net's autoSelectFamily connects each address on a new handle: ours is TLS too.
  _newConnectHandle() {
    const handle = new TLSHandle(new TCP(TCPConstants.SOCKET), this._secureContext.context, false);
    this._attach(handle);
    return handle;
  }

  _start() {
    this._handle.start();
    this.read(0);
  }

  // Server: counts handshakes begun after the first; more than tls.CLIENT_RENEG_LIMIT
  // within tls.CLIENT_RENEG_WINDOW seconds is an attack, and any after
  // disableRenegotiation() is refused.
  _onHandshakeStart(handle) {
    const now = Date.now();
    const first = handle.lastHandshakeTime === undefined;
    const tls = require('tls');
    if (first || now - handle.lastHandshakeTime >= tls.CLIENT_RENEG_WINDOW * 1000) handle.handshakes = 0;
    handle.lastHandshakeTime = now;
    if (first) return;
    if (++handle.handshakes > tls.CLIENT_RENEG_LIMIT) {
      this._onTlsError(new codes.ERR_TLS_SESSION_ATTACK());
    } else if (this._renegotiationDisabled) {
      this._onTlsError(new codes.ERR_TLS_RENEGOTIATION_DISABLED());
    }
  }

  _onHandshakeDone() {
    if (this._secureEstablished) {
      // A renegotiation completed; a server that asked for a certificate in it
      // judges the client again.
      if (this._tlsOptions.isServer && this._requestCert) {
        const v = binding.verifyError(this._handle[kConn]);
        this.authorized = v === null;
        this.authorizationError = v ? v.code : null;
      }
      this.emit('secure');
      if (!this._tlsOptions.isServer) this.emit('secureConnect');
      return;
    }
    const conn = this._handle[kConn];
    const info = binding.negotiated(conn);
    this.alpnProtocol = info[0] ?? false;
    this._secureEstablished = true;
    if (this._tlsOptions.isServer) {
      this.servername = info[1] ?? false;
      if (this._tlsOptions.requestCert) {
        const v = binding.verifyError(conn);
        this.authorized = v === null;
        this.authorizationError = v ? v.code : null;
      }
      binding.release(conn);
      this.emit('secure');
      const server = this._tlsOptions.server;
      if (server instanceof Server) server._onSecure(this);
      return;
    }
    // As node: 'secure' on every socket; only tls.connect()'s go on to judge the
    // server and emit 'secureConnect'.
    this.emit('secure');
    if (!this._tlsOptions[kFromConnect] || this.destroyed) {
      if (!this.destroyed) binding.release(conn);
      return;
    }
    // A PSK handshake may have no certificate to verify.
    const pskOnly = typeof this._tlsOptions.pskCallback === 'function' && binding.certificate(conn, false) === null;
    const v = pskOnly ? null : binding.verifyError(conn);
    let error = null;
    if (v !== null) {
      error = verifyErrorObject(v);
    } else {
      const o = this._tlsOptions;
      const hostname = o.servername || o.host || 'localhost';
      const check = o.checkServerIdentity ?? require('tls').checkServerIdentity;
      error = check(hostname, this.getPeerCertificate(true)) ?? null; // with its chain, as node
    }
    if (error) {
      this.authorized = false;
      this.authorizationError = error.code || error.message;
      if (this._rejectUnauthorized) {
        this.destroy(error);
        return;
      }
    } else {
      this.authorized = true;
    }
    binding.release(conn);
    this._verified = true;
    this.emit('secureConnect');
    const session = this._pendingSession;
    if (session && !this.destroyed) {
      this._pendingSession = null;
      this.emit('session', session);
    }
  }

  _onTlsError(err) {
    if (typeof err.code === 'string' && err.code.startsWith('ERR_OSSL_SSL_')) {
      err.code = 'ERR_SSL_' + err.code.slice('ERR_OSSL_SSL_'.length);
    }
    if (this._sniError) err = this._sniError; // what failed the handshake
    this.emit('_tlsError', err);
    const { isServer, server } = this._tlsOptions;
    if (isServer && server instanceof Server && !this._secureEstablished) {
      server._clientError(err, this);
      this.destroy();
      return;
    }
    // A server socket made by hand with no server never handed control to the
    // program: its errors are only '_tlsError', as in node.
    if (isServer && !server) {
      this.destroy();
      return;
    }
    this.destroy(err);
  }

  // Pre-shared keys: the server's callback gives the key for an identity, the
  // client's the identity and key to offer for the server's hint.
  _onPSKServer(identity) {
    const key = this._tlsOptions.pskCallback(this, identity);
    return ArrayBuffer.isView(key) ? key : undefined;
  }

  _onPSKClient(hint) {
    const r = this._tlsOptions.pskCallback(hint);
    if (r == null || !ArrayBuffer.isView(r.psk) || typeof r.identity !== 'string') return undefined;
    return [r.identity, r.psk];
  }

  // Server: the ALPNCallback chooses among the client's protocols (wire format).
  _onALPN(wire) {
    const protocols = [];
    for (let i = 0; i < wire.length; i += 1 + wire[i]) {
      protocols.push(Buffer.from(wire.buffer, wire.byteOffset + i + 1, wire[i]).toString('latin1'));
    }
    const servername = binding.info(this._conn).servername;
    const chosen = this._tlsOptions.ALPNCallback.call(this, { servername, protocols });
    if (chosen === undefined) return undefined;
    if (!protocols.includes(chosen)) {
      // Thrown where nothing can catch it, as in node; the handshake fails.
      const err = new codes.ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(chosen, protocols.join(', '));
      process.nextTick(() => { throw err; });
      return undefined;
    }
    return chosen;
  }

  // The SNICallback may answer at once or later: undefined (keep the context), a
  // context handle, false (it failed), or true while its answer is pending (C waits
  // for binding.sniDone()).
  _onSNI(servername) {
    this.servername = servername;
    const cb = this._tlsOptions.SNICallback;
    if (typeof cb !== 'function') return undefined;
    let answered = false;
    let pending = false;
    let result;
    cb(servername, (err, ctx) => {
      if (answered) return;
      answered = true;
      if (!err && ctx && !(ctx instanceof SecureContext && isSecureContext(ctx))) err = new Error('Invalid SNI context');
      if (err) this._sniError = err;
      result = err ? false : ctx?.context;
      if (pending && !this.destroyed && this._conn) binding.sniDone(this._conn, result);
    });
    if (answered) return result;
    pending = true;
    return true;
  }

  // Server sessions kept by the program: 'newSession' (id, data, done) hands one over,
  // 'resumeSession' (id, callback(err, data)) is asked for one (null: none).
  _onNewSession(id, data) {
    const server = this._tlsOptions.server;
    if (!server || server.listenerCount('newSession') === 0) return;
    server.emit('newSession', Buffer.from(id), Buffer.from(data), require('internal/util').once(() => {}));
  }

  // OCSP stapling, server side: 'OCSPRequest' (cert, issuer, callback(err, response))
  // answers a client asking for the certificate's status; the handshake waits.
  _onOCSPRequest(cert, issuer) {
    const conn = this._conn;
    const server = this._tlsOptions.server;
    if (!server || server.listenerCount('OCSPRequest') === 0) {
      binding.ocspDone(conn, undefined);
      return;
    }
    server.emit('OCSPRequest', Buffer.from(cert), issuer ? Buffer.from(issuer) : null,
                require('internal/util').once((err, response) => {
                  if (this.destroyed || this._conn !== conn) return;
                  if (err) {
                    this.destroy(err);
                    return;
                  }
                  binding.ocspDone(conn, ArrayBuffer.isView(response) ? response : undefined);
                }));
  }

  _onResumeSession(id) {
    const conn = this._conn;
    const server = this._tlsOptions.server;
    if (!server || server.listenerCount('resumeSession') === 0) {
      binding.resumeSessionDone(conn, undefined);
      return;
    }
    server.emit('resumeSession', Buffer.from(id), require('internal/util').once((err, data) => {
      if (this.destroyed || this._conn !== conn) return;
      if (err) {
        this.destroy(err);
        return;
      }
      binding.resumeSessionDone(conn, ArrayBuffer.isView(data) ? data : undefined);
    }));
  }

  // A client's session is announced only once the server was accepted (as node: a
  // TLS 1.2 session arrives inside the handshake, before 'secureConnect').
  _onSession(bytes) {
    this._session = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this._verified || !this._tlsOptions[kFromConnect]) this.emit('session', this._session);
    else this._pendingSession = this._session;
  }

  _onKeylog(line) {
    const buf = Buffer.from(line.buffer, line.byteOffset, line.byteLength);
    const file = keylogFile();
    if (file !== null) require('fs').appendFileSync(file, buf);
    if (this._tlsOptions.isServer) this._tlsOptions.server?.emit('keylog', buf, this);
    else this.emit('keylog', buf);
  }

  get _conn() { return this._handle?.[kConn]; }

  // node's name for the TLS handle (programs call ssl.verifyError() and the like).
  get ssl() { return this._handle ?? null; }

  // Drops the TLS state, leaving the socket to close; safe to call more than once.
  _destroySSL() {
    const conn = this._conn;
    if (conn && !this._sslDestroyed) {
      this._sslDestroyed = true;
      // Ciphertext still arriving has no one to go to.
      const tcp = this._handle[kTcp];
      if (tcp) tcp.onread = () => {};
      binding.destroy(conn);
    }
  }

  getPeerCertificate(detailed) {
    if (!this._conn) return null;
    const x = binding.certificate(this._conn, false);
    if (x === null) return {};
    const { legacyObject } = require('internal/crypto/x509');
    const { translatePeerCertificate } = require('_tls_common');
    const cert = legacyObject(x);
    if (detailed) {
      // Link each certificate to its issuer up the chain; a root points at itself.
      const chain = binding.peerChain(this._conn).map(legacyObject);
      let at = cert;
      for (let i = 1; i < chain.length; i++) {
        at.issuerCertificate = chain[i];
        at = chain[i];
      }
      if (at.fingerprint256 !== undefined && sameName(at.issuer, at.subject)) at.issuerCertificate = at;
    }
    return translatePeerCertificate(cert);
  }

  getCertificate() {
    if (!this._conn) return null;
    const x = binding.certificate(this._conn, true);
    if (x === null) return {};
    return require('_tls_common').translatePeerCertificate(require('internal/crypto/x509').legacyObject(x));
  }

  getX509Certificate() {
    const x = this._conn && binding.certificate(this._conn, true);
    return x ? wrapX509(x) : undefined;
  }

  getPeerX509Certificate() {
    const x = this._conn && binding.certificate(this._conn, false);
    if (!x) return undefined;
    // Linked up the chain the peer sent, each to the one that issued it.
    const chain = binding.peerChain(this._conn);
    let issuer;
    for (let i = chain.length - 1; i >= 1; i--) issuer = wrapX509(chain[i], issuer);
    return wrapX509(x, issuer);
  }

  getCipher() {
    if (!this._conn) return null;
    const i = binding.info(this._conn);
    return { name: i.cipher, standardName: i.standardName, version: i.cipherVersion };
  }

  getProtocol() {
    if (!this._conn || !this._secureEstablished) return null;
    return binding.info(this._conn).protocol;
  }

  getSession() {
    if (!this._conn) return null;
    const s = binding.session(this._conn);
    return s && Buffer.from(s.buffer, s.byteOffset, s.byteLength);
  }

  isSessionReused() {
    return this._conn ? !!binding.info(this._conn).reused : null; // null once closed, as node
  }

  exportKeyingMaterial(length, label, context) {
    validateUint32(length, 'length', true);
    validateString(label, 'label');
    if (context !== undefined && !ArrayBuffer.isView(context)) {
      throw new codes.ERR_INVALID_ARG_TYPE('context', ['Buffer', 'TypedArray', 'DataView'], context);
    }
    if (!this._secureEstablished) throw new codes.ERR_TLS_INVALID_STATE();
    if (!this._conn) throw noHandle(this, 'exportKeyingMaterial');
    const out = binding.exportKeyingMaterial(this._conn, length, label, context);
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }

  getTLSTicket() {
    if (!this._conn) return null;
    const t = binding.ticket(this._conn);
    return t ? Buffer.from(t.buffer, t.byteOffset, t.byteLength) : undefined;
  }

  getFinished() {
    if (!this._conn) return null;
    const b = binding.finished(this._conn, false);
    return b ? Buffer.from(b) : undefined;
  }

  getPeerFinished() {
    if (!this._conn) return null;
    const b = binding.finished(this._conn, true);
    return b ? Buffer.from(b) : undefined;
  }

  getSharedSigalgs() {
    return this._conn ? binding.sharedSigalgs(this._conn) : null;
  }

  // Server: present another certificate and key (from a SecureContext or the options
  // of one) in the handshake under way.
  setKeyCert(context) {
    const ctx = context instanceof SecureContext ? context : require('tls').createSecureContext(context);
    if (this._conn) binding.setKeyCert(this._conn, ctx.context);
  }

  getEphemeralKeyInfo() {
    if (this._tlsOptions.isServer) return null;
    return this._conn ? binding.ephemeralKeyInfo(this._conn) : null;
  }

  setServername(name) {
    validateString(name, 'name');
    if (this._tlsOptions.isServer) throw new codes.ERR_TLS_SNI_FROM_SERVER();
    if (!this._conn) throw noHandle(this, 'setServername');
    binding.setServername(this._conn, name);
  }

  renegotiate(options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed) return undefined;
    if (!this._conn) return false;
    if (this._tlsOptions.isServer && (options.requestCert !== undefined || options.rejectUnauthorized !== undefined)) {
      const requestCert = !!(options.requestCert ?? this._tlsOptions.requestCert);
      const reject = options.rejectUnauthorized ?? this._rejectUnauthorized;
      this._requestCert = requestCert;
      binding.setVerify(this._conn, requestCert, requestCert && !!reject);
    }
    try {
      binding.renegotiate(this._conn);
    } catch (err) {
      if (typeof err.code === 'string' && err.code.startsWith('ERR_OSSL_SSL_')) {
        err.code = 'ERR_SSL_' + err.code.slice('ERR_OSSL_SSL_'.length);
      }
      if (callback) process.nextTick(callback, err);
      return false;
    }
    if (callback) this.once('secure', () => callback(null));
    return true;
  }

  // Records of at most `size` bytes from now on; false (and no change) outside
  // OpenSSL's 512..16384.
  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    if (!this._conn) throw noHandle(this, 'setMaxSendFragment');
    if (size < 512 || size > 16384) return false;
    return binding.setMaxSendFragment(this._conn, size);
  }
  disableRenegotiation() { this._renegotiationDisabled = true; }
  enableTrace() {}
}

// this = a plain socket under a TLSSocket, or that TLSSocket.
function destroyTLSSocket() { this[kTLSSocket].destroy(); }
function destroyParentSocket() { this._parentSocket?.destroy(); }

// this = a TLSSocket whose peer ended.
function onEndBeforeSecure() {
  if (this._secureEstablished || this.destroyed) return;
  // node's words differ by side: a server "hangs up".
  const err = new Error(this._tlsOptions.isServer ? 'socket hang up' :
    'Client network socket disconnected before secure TLS connection was established');
  err.code = 'ECONNRESET';
  // Where the client was going, as node reports it.
  const o = this._tlsOptions;
  err.path = o.path;
  err.host = o.host;
  err.port = o.port;
  err.localAddress = o.localAddress;
  this.destroy(err);
}

// this = a TLSSocket: a 'keylog' listener turns key logging on.
function onNewListener(event) {
  if (event === 'keylog' && this._handle) binding.enableKeylog(this._handle[kConn]);
}

// A method needing the TLS state of a socket that has none (closed): node's methods
// read it from the handle, so they fail as reading a property of null does in V8.
function noHandle(socket, name) {
  return new TypeError(`Cannot read properties of ${socket._handle} (reading '${name}')`);
}

function sameName(a, b) {
  const ka = Object.keys(a ?? {});
  return ka.length === Object.keys(b ?? {}).length && ka.every((k) => String(a[k]) === String(b?.[k]));
}

function wrapX509(handle, issuer) {
  return require('internal/crypto/x509').fromHandle(handle, issuer);
}

// connect(port[, host][, options][, cb]): net's normalization knows only the port,
// host and path, so the TLS options object after them (second or third) is merged
// in; its host wins over a host argument, as in node.
function normalizeConnectArgs(args) {
  const [options, cb] = net._normalizeArgs(args);
  if (typeof args[0] !== 'object' || args[0] === null) {
    const extra = [args[1], args[2]].find((a) => typeof a === 'object' && a !== null);
    if (extra !== undefined) Object.assign(options, extra);
  }
  return [options, cb];
}

let warnedIPServername = false;
let warnedKeylog = false;
function warnIPServername() {
  if (warnedIPServername) return;
  warnedIPServername = true;
  process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
                      'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
}

let warnedInsecure = false;
// NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off by default, with node's warning.
function allowUnauthorized() {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return false;
  if (!warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
                        'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return true;
}

function connect(...args) {
  const [opts, cb] = normalizeConnectArgs(args);
  const options = { rejectUnauthorized: !allowUnauthorized(), ciphers: require('tls').DEFAULT_CIPHERS,
    checkServerIdentity: require('tls').checkServerIdentity, ...opts, isServer: false, [kFromConnect]: true };
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const socket = new TLSSocket(options.socket ?? null, options);
  if (options.servername && net.isIP(options.servername)) warnIPServername();
  if (cb) socket.once('secureConnect', cb);
  if (options.socket) {
    if (!socket.connecting) socket._start();
    return socket;
  }
  const raw = options.path ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
  const handle = new TLSHandle(raw, socket._secureContext.context, false);
  socket._attach(handle);
  net.Socket.prototype.connect.call(socket, { ...options, port: options.port, host: options.host ?? 'localhost' });
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket;
}

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    options ??= {};
    super(options);
    if (options.ALPNCallback && options.ALPNProtocols) throw new codes.ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
    if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
    this._tlsOptions = options;
    this._contexts = [];
    // The protocols offered, in wire format, as node shows them (server.ALPNProtocols).
    if (options.ALPNProtocols) require('tls').convertALPNProtocols(options.ALPNProtocols, this);
    if (options.ALPNCallback) this.ALPNCallback = options.ALPNCallback;
    this.setSecureContext(options);
    if (options.handshakeTimeout !== undefined) validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
    this.handshakeTimeout = options.handshakeTimeout ?? 120000;
    if (listener) this.on('secureConnection', listener);
    this.on('connection', (raw) => this._onConnection(raw));
  }

  setSecureContext(options) {
    // A server honours its own cipher order unless told not to, as in node.
    this._sharedContext = options.secureContext ??
      createSecureContext({ ...options, honorCipherOrder: options.honorCipherOrder !== false });
    // Sessions resume only on servers of the same program (node's default), or
    // those naming the same sessionIdContext.
    let id = options.sessionIdContext;
    if (id === undefined) {
      id = require('crypto').createHash('sha1').update(process.argv.join(' ')).digest('hex').slice(0, 32);
    } else {
      validateString(id, 'options.sessionIdContext');
    }
    // A secureContext that is not one is accepted here, as node does; each
    // connection then fails with ERR_TLS_INVALID_CONTEXT ('tlsClientError').
    if (isSecureContext(this._sharedContext)) binding.ctxSetSessionIdContext(this._sharedContext.context, id);
  }

  addContext(hostname, context) {
    validateString(hostname, 'hostname');
    const ctx = context instanceof SecureContext ? context : createSecureContext(context);
    const re = new RegExp('^' + hostname.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^.]*') + '$', 'i');
    this._contexts.push([re, ctx]);
  }

  // The options of this server's sockets, made once (until the context, the contexts
  // or the protocols change): sockets only read them.
  _socketOptions() {
    const o = this._tlsOptions;
    const cached = this._socketOpts;
    if (cached && cached.secureContext === this._sharedContext && cached.ALPNProtocols === this.ALPNProtocols &&
        this._socketOptsContexts === this._contexts.length) {
      return cached;
    }
    this._socketOptsContexts = this._contexts.length;
    this._socketOpts = {
      ...o, isServer: true, server: this, secureContext: this._sharedContext,
      rejectUnauthorized: o.rejectUnauthorized !== false,
      // In wire format once (server.ALPNProtocols, as node keeps them).
      ALPNProtocols: this.ALPNProtocols,
      SNICallback: o.SNICallback ?? (this._contexts.length > 0 ? (name, cb) => {
        const hit = this._contexts.findLast(([re]) => re.test(name)); // the latest added wins
        cb(null, hit?.[1]);
      } : undefined),
    };
    return this._socketOpts;
  }

  _onConnection(raw) {
    const o = this._tlsOptions;
    let socket;
    try {
      socket = new TLSSocket(raw, this._socketOptions());
    } catch (err) {
      // A secureContext option that is not one: this connection fails, the server
      // goes on.
      raw.destroy();
      this.emit('tlsClientError', err, raw);
      return;
    }
    if (this.handshakeTimeout > 0) {
      socket._handshakeTimer = setTimeout(onHandshakeTimeout, this.handshakeTimeout, this, socket);
      socket._handshakeTimer.unref?.();
    }
    // (Listeners shared by every socket: this = the socket.)
    socket.on('error', onServerSocketError);
    if (this.listenerCount('newSession') > 0 || this.listenerCount('resumeSession') > 0) {
      binding.enableSessionCallbacks(socket._conn);
    }
    if (this.listenerCount('OCSPRequest') > 0) binding.enableOCSP(socket._conn);
    socket.on('close', onServerSocketClose);
    // The handshake still runs; the program sees the socket paused, as it asked.
    if (o.pauseOnConnect) socket.pause();
    socket._start();
  }

  _clientError(err, socket) {
    socket._clientErrorEmitted = true;
    this.emit('tlsClientError', err, socket);
  }

  _onSecure(socket) {
    clearTimeout(socket._handshakeTimer);
    if (this._tlsOptions.requestCert && this._tlsOptions.rejectUnauthorized !== false && !socket.authorized) {
      socket.destroy();
      return;
    }
    socket._controlReleased = true;
    this.emit('secureConnection', socket);
  }

  // events.captureRejections: a rejected async 'secureConnection' listener destroys
  // that socket with the error, as for net's 'connection'.
  [Symbol.for('nodejs.rejection')](err, event, sock) {
    if (event === 'secureConnection') sock.destroy(err);
    else super[Symbol.for('nodejs.rejection')](err, event, sock);
  }

  // In a cluster, what the workers' servers on one address share (cluster's
  // queryServer carries it): the ticket keys, so that a session one worker issued
  // resumes on any other.
  _getServerData() {
    return { ticketKeys: this.getTicketKeys().toString('hex') };
  }

  _setServerData(data) {
    this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
  }

  getTicketKeys() {
    const keys = binding.ctxGetTicketKeys(this._sharedContext.context);
    return Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength);
  }

  setTicketKeys(keys) {
    if (!ArrayBuffer.isView(keys)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], keys);
    if (keys.byteLength !== 48) {
      const { codes: { ERR_INTERNAL_ASSERTION } } = require('internal/errors');
      throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
    }
    binding.ctxSetTicketKeys(this._sharedContext.context, keys);
  }
}

function onHandshakeTimeout(server, socket) {
  if (socket._secureEstablished || socket.destroyed) return;
  // As in node, the listener decides the socket's fate.
  server._clientError(new codes.ERR_TLS_HANDSHAKE_TIMEOUT(), socket);
}

// this = a server's socket.
function onServerSocketError(err) {
  if (!this._secureEstablished) this._tlsOptions.server._clientError(err, this);
}

// As node: a connection that closes before it reached 'secureConnection', with no
// error reported, is a client error too ('socket hang up').
function onServerSocketClose(hadError) {
  clearTimeout(this._handshakeTimer);
  if (hadError || this._controlReleased || this._clientErrorEmitted) return;
  const err = new Error('socket hang up');
  err.code = 'ECONNRESET';
  this._tlsOptions.server._clientError(err, this);
}

function createServer(options, listener) {
  return new Server(options, listener);
}

void validateFunction;
module.exports = { TLSSocket, Server: require('internal/util').callableClass(Server), createServer, connect };
