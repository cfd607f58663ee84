'use strict';
// node:net. net.Socket is a stream.Duplex over a TCP or Pipe handle of the shared
// stream layer (src/binding/stream_wrap.c, lib/internal/stream_base_commons.js);
// net.Server owns a listening handle and wraps each accepted handle in a Socket.

const EventEmitter = require('events');
const stream = require('stream');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_ENOTCONN } = internalBinding('stream_wrap');
const {
  codes,
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort,
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateNumber, validateObject,
  validatePort, validateString,
} = require('internal/validators');
const { activeTracingChannel, publish } = require('internal/diagnostics_channel/builtin');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { captureFrame, kFrame } = require('internal/async_hooks');
const {
  kAfterRead, kLastWriteQueueSize, kMaybeDestroy, kOwner, kReading, kUpdateTimer, attachHandle, readStart, readStop,
  writeGeneric, writevGeneric,
} = require('internal/stream_base_commons');

const kNormalized = Symbol('normalizedArgs');
const kTimeout = Symbol('kTimeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kResetAndClosing = Symbol('kResetAndClosing');

// --[no-]network-family-autoselection and --network-family-autoselection-attempt-timeout
// (command line or NODE_OPTIONS) set the defaults.
let autoSelectFamilyDefault = require('internal/options').getOptionValue('--network-family-autoselection', true);
let autoSelectFamilyAttemptTimeoutDefault = 250;
{
  const args = require('internal/options').commandLineArgs();
  for (let i = 0; i < args.length; i++) {
    const m = /^--network[-_]family[-_]autoselection[-_]attempt[-_]timeout(?:=(.*))?$/.exec(args[i]);
    if (m) autoSelectFamilyAttemptTimeoutDefault = Number(m[1] ?? args[++i]);
  }
}

let dns;
function lazyDns() {
  dns ??= require('dns');
  return dns;
}

function noop() {}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// connect/listen arguments → [options, callback]: (options[, cb]), (path[, cb]),
// ([port][, host][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[kNormalized] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[kNormalized] = true;
  return arr;
}

function createHandle(fd, isServer) {
  const type = internalBinding('util').guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new codes.ERR_INVALID_FD_TYPE(type);
}

// --- Socket ------------------------------------------------------------------------

// The read resume() asked for, unless the socket was paused, ended or lost its handle
// meanwhile.
const kResumeQueued = Symbol('kResumeQueued');
function resumeReading(socket) {
  socket[kResumeQueued] = false;
  if (!socket.connecting && socket._handle && !socket[kReading] && !socket.destroyed && socket.readable &&
      !socket._readableState.ended && socket.readableFlowing !== false) {
    readStart(socket);
  }
}

class Socket extends stream.Duplex {
  constructor(options) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    // A socket carries bytes, never objects.
    if (options.objectMode || options.readableObjectMode || options.writableObjectMode) {
      for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
        if (options[key]) throw new codes.ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
      }
    }
    // 'close' is emitted by _destroy once the handle has closed, with hadError.
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    // The socket handles its signal itself (below); the stream must not listen too.
    const { signal } = options;
    options.signal = undefined;
    super(options);

    // (Fields that start at their defaults are on the prototype, below.)
    this._handle = null;
    this.server = null;
    this._server = null;

    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      const { fd } = options;
      validateInt32(fd, 'fd', 0);
      this._handle = createHandle(fd, false);
      const err = this._handle.open(fd);
      if (err) throw errnoException(err, 'open');
      // Output to a pipe is written synchronously so nothing is lost on exit.
      if ((fd === 1 || fd === 2) && this._handle instanceof Pipe) this._handle.setBlocking(true);
    }
    if (this._handle) initSocketHandle(this);

    if (options.noDelay) this[kSetNoDelay] = true;
    if (options.keepAlive) this[kSetKeepAlive] = true;
    if (options.keepAliveInitialDelay > 0) {
      this[kSetKeepAliveInitialDelay] = Math.max(0, ~~(options.keepAliveInitialDelay / 1000));
    }

    this.on('end', onReadableStreamEnd);

    if (this._handle && options.readable !== false) {
      if (options.pauseOnCreate) {
        readStop(this);
        this.readableFlowing = false;
      } else if (!options.manualStart) {
        this.read(0);
      }
    }
    if (signal) addClientAbortSignalOption(this, signal);
    if (options.onread !== null && typeof options.onread === 'object') useOnread(this, options.onread);
  }

  // --- stream plumbing -----------------------------------------------------------

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else if (!this[kReading]) {
      readStart(this);
    }
  }

  pause() {
    // As in node, a paused socket goes on reading into its buffer until push() reports
    // it full (onStreamRead then stops the handle), so the peer's end or reset is still
    // seen: a paused connection whose client vanished closes rather than staying open.
    // Only an onread socket, which has no buffer, stops reading at once.
    if (this[kAfterRead] !== undefined && !this.connecting && this._handle && this[kReading] && !this.destroyed) {
      readStop(this);
    }
    return super.pause();
  }

  resume() {
    const onreadRest = this[kOnreadRest];
    if (onreadRest !== undefined) {
      // Flowing again first: the rest is delivered until a callback pauses anew.
      this[kOnreadRest] = undefined;
      super.resume();
      onreadRest.deliver(onreadRest.rest);
      if (this[kOnreadRest] !== undefined || this.readableFlowing === false) return this;
    }
    // Reading starts again on the next tick, where node's resume takes effect too (so
    // a handle closed right after resume() fails the read, and the socket emits it).
    if (!this[kResumeQueued]) {
      this[kResumeQueued] = true;
      process.nextTick(resumeReading, this);
    }
    return super.resume();
  }

  _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      const onClose = () => cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      this.once('connect', () => {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, cb);
      });
      this.once('close', onClose);
      return;
    }
    if (this._pendingData !== null) {
      this._pendingData = null;
      this._pendingEncoding = '';
    }
    if (!this._handle) {
      cb(new codes.ERR_SOCKET_CLOSED());
      return;
    }
    this._unrefTimer();
    if (writev) writevGeneric(this, data, cb);
    else writeGeneric(this, data, encoding, cb);
  }

  _writev(chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  }

  _write(data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  }

  _final(cb) {
    if (this.connecting) return this.once('connect', () => this._final(cb));
    if (!this._handle) return cb();
    const req = { oncomplete: () => cb() };
    const err = this._handle.shutdown(req);
    if (err === UV_ENOTCONN) return cb();
    if (err !== 0) return cb(errnoException(err, 'shutdown'));
  }

  _destroy(exception, cb) {
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout]) {
        clearTimeout(s[kTimeout]);
        s[kTimeout] = null;
      }
    }
    this.connecting = false;
    if (this._handle) {
      const isException = !!exception;
      const handle = this._handle;
      this[kBytesRead] = handle.bytesRead;
      this[kBytesWritten] = handle.bytesWritten;
      const emitClose = () => this.emit('close', isException);
      if (this[kResetAndClosing]) {
        this[kResetAndClosing] = false;
        handle.reset(emitClose);
      } else {
        handle.close(emitClose);
      }
      handle.onread = noop;
      this._handle = null;
      this._sockname = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(() => this.emit('close', !!exception));
    }
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
  }

  // --- connecting ------------------------------------------------------------------

  connect(...args) {
    const normalized = Array.isArray(args[0]) && args[0][kNormalized] ? args[0] : normalizeArgs(args);
    const [options, cb] = normalized;
    if (options.port === undefined && options.path == null) {
      throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
    }
    publish('net.client.socket', () => ({ socket: this }));
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._undestroy();
    }
    const { path } = options;
    const pipe = !!path;
    if (!this._handle) {
      this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
      initSocketHandle(this);
    }
    if (cb !== null) this.once('connect', cb);
    this._unrefTimer();
    this.connecting = true;
    if (pipe) {
      validateString(path, 'options.path');
      internalConnect(this, path);
    } else {
      lookupAndConnect(this, options);
    }
    return this;
  }

  // --- options ---------------------------------------------------------------------

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    // node keeps the requested value as a plain own property, even once the timer fired.
    this.timeout = msecs;
    msecs = require('internal/timers').getTimerDuration(msecs, 'msecs');
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeout] = setTimeout(() => this._onTimeout(), msecs);
      this[kTimeout].unref();
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  }

  _onTimeout() {
    const handle = this._handle;
    const last = this[kLastWriteQueueSize];
    if (last > 0 && handle) {
      // A write still in progress counts as activity.
      const { writeQueueSize } = handle;
      if (last !== writeQueueSize) {
        this[kLastWriteQueueSize] = writeQueueSize;
        this._unrefTimer();
        return;
      }
    }
    this.emit('timeout');
  }

  _unrefTimer() {
    for (let s = this; s !== null; s = s._parent) s[kTimeout]?.refresh();
  }

  [kUpdateTimer]() {
    this._unrefTimer();
  }

  setNoDelay(enable) {
    enable = enable === undefined ? true : !!enable;
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = ~~(initialDelayMsecs / 1000);
    if (!this._handle) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    // The handle is told only of a change: on or off, or a new delay while on.
    const changed = enable !== this[kSetKeepAlive] ||
      (enable && initialDelay !== this[kSetKeepAliveInitialDelay]);
    if (this._handle.setKeepAlive && changed) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  }

  ref() {
    if (!this._handle) {
      this.once('connect', this.ref);
      return this;
    }
    this._handle.ref();
    return this;
  }

  unref() {
    if (!this._handle) {
      this.once('connect', this.unref);
      return this;
    }
    this._handle.unref();
    return this;
  }

  // --- addresses and counters ----------------------------------------------------

  address() {
    return this._getsockname();
  }

  _getpeername() {
    if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
    if (!this._peername) {
      const out = {};
      if (this._handle.getpeername(out) !== 0 || typeof out !== 'object') return {};
      this._peername = out;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle || !this._handle.getsockname) return {};
    if (!this._sockname) {
      const out = {};
      if (this._handle instanceof Pipe) return {};
      if (this._handle.getsockname(out) !== 0) return {};
      this._sockname = out;
    }
    return this._sockname;
  }

  get remoteAddress() {
    return this._getpeername().address;
  }

  get remoteFamily() {
    return this._getpeername().family;
  }

  get remotePort() {
    return this._getpeername().port;
  }

  get localAddress() {
    return this._getsockname().address;
  }

  get localPort() {
    return this._getsockname().port;
  }

  get localFamily() {
    return this._getsockname().family;
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get bytesRead() {
    return this._handle ? this._handle.bytesRead : this[kBytesRead];
  }

  get bytesWritten() {
    let bytes = this._handle ? this._handle.bytesWritten + this._handle.writeQueueSize : this[kBytesWritten];
    const buffered = this.writableBuffer;
    if (!buffered) return undefined;
    for (const el of buffered) bytes += byteLength(el.chunk, el.encoding);
    const data = this._pendingData;
    if (Array.isArray(data)) {
      for (const el of data) bytes += byteLength(el.chunk, el.encoding);
    } else if (data) {
      bytes += byteLength(data, this._pendingEncoding);
    }
    return bytes;
  }

  get _connecting() {
    return this.connecting;
  }

  // --- ending ----------------------------------------------------------------------

  end(data, encoding, callback) {
    super.end(data, encoding, callback);
    return this;
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  resetAndDestroy() {
    if (this._handle) {
      if (!(this._handle instanceof TCP)) throw new codes.ERR_INVALID_HANDLE_TYPE();
      if (this.connecting) {
        this.once('connect', () => this._reset());
      } else {
        this._reset();
      }
    } else {
      this.destroy(new codes.ERR_SOCKET_CLOSED());
    }
    return this;
  }

  _reset() {
    this[kResetAndClosing] = true;
    return this.destroy();
  }
}

// A socket's fields that start at these values and mostly stay there default on the
// prototype: JSC sizes an object from the fields its constructor assigns, and a server
// holding many idle connections pays for each slot of each socket.
for (const [key, value] of [
  ['connecting', false], ['_hadError', false], ['_parent', null], ['_host', null], ['_peername', null],
  ['_sockname', null], ['_pendingData', null], ['_pendingEncoding', ''], [kTimeout, null], [kBytesRead, 0],
  [kBytesWritten, 0], [kLastWriteQueueSize, 0], [kResetAndClosing, false], [kSetNoDelay, false],
  [kSetKeepAlive, false], [kSetKeepAliveInitialDelay, 0],
]) {
  Object.defineProperty(Socket.prototype, key, { __proto__: null, value, writable: true, configurable: true });
}

function byteLength(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk.byteLength;
  return require('buffer').Buffer.byteLength(chunk, encoding);
}

function initSocketHandle(self) {
  self._undestroy();
  if (self._sockname !== null) self._sockname = null;
  if (self._handle) {
    // AsyncLocalStorage reaches reads (runCallback); an accepted handle keeps the
    // empty context node gives it.
    if (!Object.hasOwn(self._handle, kFrame)) captureFrame(self._handle);
    attachHandle(self, self._handle);
  }
}

// The readable side ended: with allowHalfOpen false, Duplex ends the writable side;
// destroy once both sides are done.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype[kMaybeDestroy] = undefined;

function addClientAbortSignalOption(self, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => {
    const { AbortError } = require('internal/errors');
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

const kListenId = Symbol('kListenId');

const kBlockList = Symbol('kBlockList');

// options.blockList: a net.BlockList (validated where given).
function blockListOption(options) {
  const { blockList } = options;
  if (blockList !== undefined && !require('internal/blocklist').BlockList.isBlockList(blockList)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', blockList);
  }
  return blockList;
}

function isBlocked(blockList, address, family) {
  return blockList !== undefined && blockList.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  self[kBlockList] = blockListOption(options);
  if (options.host != null) validateString(options.host, 'options.host');
  const host = options.host || 'localhost';
  let { port, autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;
  if (localAddress && !isIP(localAddress)) throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = lazyDns().ADDRCONFIG;
  self._host = host;
  const lookup = options.lookup || lazyDns().lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookup(host, dnsopts, (err, addresses) => {
      if (!self.connecting) return;
      if (err) {
        self.emit('lookup', err, undefined, undefined, host);
        process.nextTick(() => self.destroy(err));
        return;
      }
      if (!Array.isArray(addresses)) addresses = [{ address: addresses, family: isIP(addresses) }];
      if (addresses.length === 0) {
        const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
        e.code = 'ENOTFOUND';
        process.nextTick(() => self.destroy(e));
        return;
      }
      for (const { address, family } of addresses) self.emit('lookup', null, address, family, host);
      if (!self.connecting) return;
      // Only real IPv4/IPv6 answers are tried, each once; with none, the first says why.
      const answers = addresses;
      const seen = new Set();
      const isAddress = (a) => typeof a === 'string' && isIP(a) !== 0;
      addresses = answers.filter(({ address, family }) => (family === 4 || family === 6) && isAddress(address) &&
        !seen.has(address) && seen.add(address));
      if (addresses.length === 0) {
        const { address, family } = answers[0];
        const e = !isAddress(address) ? new codes.ERR_INVALID_IP_ADDRESS(address)
          : new codes.ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port);
        process.nextTick(() => self.destroy(e));
        return;
      }
      // Addresses the blockList refuses are not tried; if that is all of them, it fails.
      const allowed = addresses.filter(({ address, family }) => !isBlocked(self[kBlockList], address, family));
      if (allowed.length === 0) {
        const e = new codes.ERR_IP_BLOCKED(addresses[0].address);
        process.nextTick(() => self.destroy(e));
        return;
      }
      addresses = allowed;
      self._unrefTimer();
      if (addresses.length === 1) {
        internalConnect(self, addresses[0].address, port, addresses[0].family, localAddress, localPort);
        return;
      }
      connectMultiple(self, interleave(addresses), port, autoSelectFamilyAttemptTimeout);
    });
    return;
  }

  lookup(host, dnsopts, (err, ip, family) => {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (typeof ip !== 'string' || !isIP(ip)) {
      const e = new codes.ERR_INVALID_IP_ADDRESS(ip);
      process.nextTick(() => self.destroy(e));
    } else if (family !== 4 && family !== 6) {
      const e = new codes.ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port);
      process.nextTick(() => self.destroy(e));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

// Happy eyeballs order: alternate families, starting with the first answer's.
function interleave(addresses) {
  const first = addresses[0].family;
  const a = addresses.filter((x) => x.family === first);
  const b = addresses.filter((x) => x.family !== first);
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

// Tries each address in turn; an attempt that has not connected within the attempt
// timeout is abandoned for the next. All failing destroys with an AggregateError.
function connectMultiple(self, addresses, port, attemptTimeout) {
  const errors = [];
  self.autoSelectFamilyAttemptedAddresses = [];
  let index = 0;
  const next = () => {
    if (!self.connecting) return;
    if (index >= addresses.length) {
      const err = errors.length === 1 ? errors[0] : new AggregateError(errors);
      if (errors.length > 1) {
        err.code = errors[errors.length - 1].code;
      }
      self.destroy(err);
      return;
    }
    const { address, family } = addresses[index++];
    self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
    if (self._handle === null) {
      // A TLS socket wraps each attempt's TCP handle in TLS (_tls_wrap).
      self._handle = self._newConnectHandle?.() ?? new TCP(TCPConstants.SOCKET);
      initSocketHandle(self);
    }
    const handle = self._handle;
    let timer = null;
    if (index < addresses.length) {
      timer = setTimeout(() => {
        if (self._handle !== handle) return;
        const e = exceptionWithHostPort(internalBinding('uv').UV_ETIMEDOUT, 'connect', address, port);
        errors.push(e);
        handle.onread = noop;
        handle.close();
        self._handle = null;
        next();
      }, attemptTimeout);
      timer.unref();
    }
    const req = {
      oncomplete(status) {
        if (timer) clearTimeout(timer);
        if (self._handle !== handle) return;
        // A failed attempt moves on; after the last, every attempt's error goes into
        // one AggregateError.
        if (status !== 0 && (index < addresses.length || errors.length > 0)) {
          errors.push(exceptionWithHostPort(status, 'connect', address, port));
          handle.onread = noop;
          handle.close();
          self._handle = null;
          next();
          return;
        }
        afterConnect(self, req, status);
      },
      address, port,
    };
    const err = family === 6 ? handle.connect6(req, address, port) : handle.connect(req, address, port);
    if (err) {
      if (timer) clearTimeout(timer);
      errors.push(exceptionWithHostPort(err, 'connect', address, port));
      handle.close();
      self._handle = null;
      next();
    }
  };
  next();
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  if (isBlocked(self[kBlockList], address, addressType)) {
    self.destroy(new codes.ERR_IP_BLOCKED(address));
    return;
  }
  let err;
  const handle = self._handle;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= '0.0.0.0';
      err = handle.bind(localAddress, localPort || 0, 0);
    } else {
      localAddress ||= '::';
      err = handle.bind6(localAddress, localPort || 0, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const req = { address, port, localAddress, localPort, perfStart: undefined };
  // perf_hooks 'net' entries: TCP connects, timed while an observer wants them.
  if (addressType === 4 || addressType === 6) {
    perfObserve ??= require('internal/perf/observe');
    if (perfObserve.hasObserver('net')) req.perfStart = internalBinding('perf').now();
  }
  captureFrame(req);
  req.oncomplete = (status) => afterConnect(self, req, status);
  if (addressType === 4) err = handle.connect(req, address, port);
  else if (addressType === 6) err = handle.connect6(req, address, port);
  else err = handle.connect(req, address);
  if (err) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

let perfObserve;

// options.onread: the bytes read go into the caller's buffer (a view, or a function
// giving one for each read), a bufferful at a time, through callback(nread, buffer)
// instead of 'data' events; a callback returning false pauses reading (what is left of
// the read waits for resume()).
const kOnreadRest = Symbol('kOnreadRest');
function useOnread(socket, { buffer, callback }) {
  // (node does not check these up front; an unusable onread is ignored here.)
  if ((typeof buffer !== 'function' && !ArrayBuffer.isView(buffer)) || typeof callback !== 'function') return;
  const deliver = (chunk) => {
    for (let at = 0; at < chunk.length;) {
      const buf = typeof buffer === 'function' ? buffer() : buffer;
      const target = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      const n = Math.min(target.length, chunk.length - at);
      target.set(chunk.subarray(at, at + n));
      at += n;
      if (callback.call(socket, n, buf) === false) {
        readStop(socket);
        socket.readableFlowing = false;
      }
      // Paused (by the callback's answer or by pause()): the rest waits for resume().
      if (socket.readableFlowing === false) {
        if (at < chunk.length) socket[kOnreadRest] = { deliver, rest: chunk.subarray(at) };
        return;
      }
    }
  };
  socket[kAfterRead] = deliver;
  // The read that finds the end takes a buffer too.
  if (typeof buffer === 'function') socket.once('end', () => buffer());
}

function afterConnect(self, req, status) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (req.perfStart !== undefined) {
      const { PerformanceEntry, kConstruct, enqueue } = perfObserve;
      enqueue(new PerformanceEntry(kConstruct, 'connect', 'net', req.perfStart,
                                   internalBinding('perf').now() - req.perfStart,
                                   { host: req.address, port: req.port }));
    }
    self._unrefTimer();
    if (self[kSetNoDelay]) self._handle.setNoDelay?.(true);
    if (self[kSetKeepAlive]) self._handle.setKeepAlive?.(true, self[kSetKeepAliveInitialDelay]);
    self.emit('connect');
    self.emit('ready');
    if (!self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

// --- Server ------------------------------------------------------------------------

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this[kListenId] = 0;
    // Connections from addresses this net.BlockList refuses are closed at once.
    this.blockList = blockListOption(options);
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this._pipeName = undefined;
    this._connectionKey = undefined;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.highWaterMark = options.highWaterMark;
    this.maxConnections = undefined;
  }

  listen(...args) {
    const normalized = normalizeArgs(args);
    let options = normalized[0];
    const cb = normalized[1];
    if (this._handle) throw new codes.ERR_SERVER_ALREADY_LISTEN();
    // A listen() still waiting (for a lookup or the cluster primary) is superseded.
    this[kListenId]++;
    if (cb !== null) this.once('listening', cb);
    const tracing = activeTracingChannel('net.server.listen');
    if (tracing !== undefined) {
      this[kListenTrace] = { server: this, options };
      tracing.asyncStart.publish(this[kListenTrace]);
    }
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    const flags = (options.ipv6Only ? TCPConstants.UV_TCP_IPV6ONLY : 0) |
      (options.reusePort === true ? TCPConstants.REUSEPORT : 0);

    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      setupListenHandle(this, null, -1, -1, backlogFromArgs);
      return this;
    }
    addServerAbortSignalOption(this, options);
    this._exclusive = options.exclusive === true;
    if (typeof options.fd === 'number' && options.fd >= 0) {
      setupListenHandle(this, null, null, null, backlogFromArgs, options.fd);
      return this;
    }
    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      const backlog = options.backlog || backlogFromArgs;
      if (options.host) {
        lookupAndListen(this, options.port | 0, options.host, backlog, flags);
      } else {
        setupListenHandle(this, null, options.port | 0, 4, backlog, undefined, flags);
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      // An abstract socket (a name starting with NUL) has no file to chmod. (The
      // message's "writableAllt" is node's.)
      if (options.path[0] === '\0' && (options.readableAll === true || options.writableAll === true)) {
        throw new codes.ERR_INVALID_ARG_VALUE('options', options,
          'can not set readableAll or writableAllt to true when path is abstract unix socket');
      }
      const pipeName = this._pipeName = options.path;
      const backlog = options.backlog || backlogFromArgs;
      setupListenHandle(this, pipeName, -1, -1, backlog);
      if (!this._handle) return this;
      let mode = 0;
      if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
      if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
      if (mode !== 0) {
        const err = this._handle.fchmod(mode);
        if (err) {
          this._handle.close();
          this._handle = null;
          throw errnoException(err, 'uv_pipe_chmod');
        }
      }
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    throw new codes.ERR_INVALID_ARG_VALUE('options', options);
  }

  get listening() {
    return !!(this._handle && this._connectionKey);
  }

  address() {
    if (this._handle && this._handle.getsockname && !(this._handle instanceof Pipe)) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw errnoException(err, 'address');
      return out;
    }
    if (this._pipeName) return this._pipeName;
    return null;
  }

  close(cb) {
    this[kListenId]++;
    if (typeof cb === 'function') {
      if (!this._handle) this.once('close', () => cb(new codes.ERR_SERVER_NOT_RUNNING()));
      else this.once('close', cb);
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    if (this._usingWorkers) {
      // Connections handed to child processes count until each child says it
      // holds none (internal/child_process/socket_list.js); the extra count keeps
      // 'close' from being emitted before every child has answered.
      let left = this._workers.length;
      this._connections++;
      const answered = () => {
        if (--left !== 0) return;
        this._connections = 0;
        this._emitCloseIfDrained();
      };
      if (left === 0) {
        left = 1;
        answered();
      }
      for (const list of this._workers.slice()) list.close(answered);
    } else {
      this._emitCloseIfDrained();
    }
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(() => this.emit('close'));
  }

  // The server's own connections, plus those it handed to child processes that
  // they still hold (asked of each child).
  getConnections(cb) {
    if (!this._usingWorkers || this._workers.length === 0) {
      process.nextTick(cb, null, this._connections);
      return this;
    }
    let left = this._workers.length;
    let total = this._connections;
    const counted = (err, count) => {
      if (left < 0) return;
      if (err) {
        left = -1;
        cb(err);
        return;
      }
      total += count;
      if (--left === 0) cb(null, total);
    };
    for (const list of this._workers.slice()) list.getConnections(counted);
    return this;
  }

  ref() {
    this._unref = false;
    this._handle?.ref();
    return this;
  }

  unref() {
    this._unref = true;
    this._handle?.unref();
    return this;
  }

  // events.captureRejections: a rejected async 'connection' listener destroys that
  // connection with the error; other events' rejections are the server's 'error'.
  [Symbol.for('nodejs.rejection')](err, event, sock) {
    if (event === 'connection') sock.destroy(err);
    else this.emit('error', err);
  }

  [Symbol.asyncDispose]() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

// The end of a traced listen(): asyncEnd once listening, error if it failed (the
// net.server.listen tracing channel; the context is the one asyncStart had).
const kListenTrace = Symbol('kListenTrace');
function endListenTrace(server, error) {
  const context = server[kListenTrace];
  if (context === undefined) return;
  server[kListenTrace] = undefined;
  const tracing = activeTracingChannel('net.server.listen');
  if (tracing === undefined) return;
  if (error === undefined) {
    tracing.asyncEnd.publish(context);
  } else {
    context.error = error;
    tracing.error.publish(context);
  }
}

// A listen() that failed: its 'error' event on the next tick.
function listenFailed(server, error) {
  endListenTrace(server, error);
  process.nextTick(() => server.emit('error', error));
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(self, port, address, backlog, flags) {
  // A close() before the lookup answers cancels this listen.
  const listenId = self[kListenId];
  lazyDns().lookup(address, (err, ip, addressType) => {
    if (listenId !== self[kListenId]) return;
    if (err) {
      endListenTrace(self, err);
      self.emit('error', err);
      return;
    }
    setupListenHandle(self, ip, port, addressType, backlog, undefined, flags);
  });
}

// A bound handle, or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return internalBinding('uv').UV_EINVAL;
    }
    const err = handle.open(fd);
    if (err) return err;
    return handle;
  }
  if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    let err;
    if (!address) {
      err = handle.bind6('::', port, flags);
      if (err) {
        handle.close();
        return createServerHandle('0.0.0.0', port, 4, undefined, flags);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (isTCP) {
      err = handle.bind(address, port, flags);
    } else {
      err = handle.bind(address);
    }
    if (err) {
      handle.close();
      return err;
    }
  }
  return handle;
}

// A bind that found the port taken reports EADDRINUSE only at listen(), and a listen()
// after a failed bind quietly takes a random port: a handle made by the cluster
// primary is checked to sit on the port asked for.
function checkBindError(handle, port) {
  if (port > 0 && typeof handle.getsockname === 'function') {
    const out = {};
    const err = handle.getsockname(out);
    if (err !== 0) return err;
    if (out.port !== port) return internalBinding('uv').UV_EADDRINUSE;
  }
  return 0;
}

function setupListenHandle(self, address, port, addressType, backlog, fd, flags = 0) {
  // In a cluster worker the primary owns the listening socket (cluster hook), unless
  // the server is exclusive or uses reusePort (each worker then binds its own). A
  // listen on a file descriptor is the primary's too: the fd is the primary's, as
  // in node.
  if (!self._handle && !self._exclusive &&
      (flags & TCPConstants.REUSEPORT) === 0 && require('internal/cluster/utils').isWorker()) {
    const listenId = self[kListenId];
    require('cluster')._getServer(self, { address: address ?? null, port, addressType, fd, flags, backlog }, (err, handle) => {
      if (listenId !== self[kListenId]) {
        handle?.close();
        return;
      }
      if (!err) err = checkBindError(handle, port);
      if (err) {
        listenFailed(self, uvExceptionWithHostPort(err, 'bind', address, port));
        return;
      }
      self._handle = handle;
      setupListenHandle(self, address, port, addressType, backlog, fd, flags);
    });
    return;
  }
  if (!self._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle('::', port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = '0.0.0.0';
        addressType = 4;
      } else {
        address = '::';
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      listenFailed(self, uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    self._handle = rval;
  }
  self._handle[kOwner] = self;
  captureFrame(self._handle); // connections arrive in the listener's async context
  self._handle.onconnection = onconnection;
  const err = self._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    self._handle.close();
    self._handle = null;
    listenFailed(self, ex);
    return;
  }
  self._connectionKey = `${addressType}:${address}:${port}`;
  if (self._unref) self._handle.unref();
  process.nextTick(() => {
    if (!self._handle) return;
    endListenTrace(self);
    self.emit('listening');
  });
}

// handle.onconnection: this = the listening handle.
function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (clientHandle) clientHandle[kFrame] = undefined;
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.blockList !== undefined) {
    const remote = {};
    if (clientHandle.getpeername(remote) === 0 && isBlocked(self.blockList, remote.address, isIP(remote.address))) {
      clientHandle.close();
      return;
    }
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const local = {};
    const remote = {};
    if (clientHandle.getsockname(local) === 0 && clientHandle.getpeername(remote) === 0) {
      self.emit('drop', {
        localAddress: local.address, localPort: local.port, localFamily: local.family,
        remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
      });
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    highWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  publish('net.server.socket', () => ({ socket }));
  self.emit('connection', socket);
}

// --- module functions --------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

const { callableClass } = require('internal/util');
const PublicServer = callableClass(Server);
const PublicSocket = callableClass(Socket);

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server: PublicServer,
  Socket: PublicSocket,
  Stream: PublicSocket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

Object.defineProperties(module.exports, {
  BlockList: {
    configurable: true, enumerable: true,
    get() {
      return require('internal/blocklist').BlockList;
    },
  },
  SocketAddress: {
    configurable: true, enumerable: true,
    get() {
      return require('internal/socketaddress').SocketAddress;
    },
  },
});
