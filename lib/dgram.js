'use strict';
// node:dgram: UDP sockets over internalBinding('udp_wrap'). Each datagram crosses
// from C once, as (nread, arrayBuffer, address, family, port); rinfo is built here.

const EventEmitter = require('events');
const udpBinding = internalBinding('udp_wrap');
const { UDP, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR, UV_UDP_REUSEPORT } } = udpBinding;
// node's --test-udp-no-try-send: every datagram waits in the send queue for the
// loop (the command line's --test-* options are node:test's to read, as here).
if (process.execArgv.includes('--test-udp-no-try-send')) udpBinding.setTrySend(false);
const {
  codes,
  errnoException, exceptionWithHostPort, uvErrorInfo,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validatePort, validateString,
} = require('internal/validators');
const { publish } = require('internal/diagnostics_channel/builtin');
const { newHandle, readChunk } = require('internal/dgram');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const kState = Symbol('kState');

let dnsLookup;
function defaultLookup(...args) {
  dnsLookup ??= require('dns').lookup;
  return dnsLookup(...args);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
    }
    if (options?.recvBufferSize !== undefined) {
      validateNumber(options.recvBufferSize, 'options.recvBufferSize');
    }
    if (options?.sendBufferSize !== undefined) {
      validateNumber(options.sendBufferSize, 'options.sendBufferSize');
    }
    const sendBlockList = blockListOption(options, 'sendBlockList');
    const receiveBlockList = blockListOption(options, 'receiveBlockList');
    const handle = newHandle(type);
    let lookup = defaultLookup;
    if (options?.lookup !== undefined) {
      validateFunction(options.lookup, 'lookup');
      lookup = options.lookup;
    }
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    this[kState] = {
      handle,
      lookup,
      receiving: false,
      bindState: BIND_STATE_UNBOUND,
      connectState: CONNECT_STATE_DISCONNECTED,
      queue: undefined,
      reuseAddr: !!options?.reuseAddr,
      reusePort: !!options?.reusePort,
      ipv6Only: !!options?.ipv6Only,
      recvBufferSize: options?.recvBufferSize,
      sendBufferSize: options?.sendBufferSize,
      sendBlockList,
      receiveBlockList,
    };
    handle.onmessage = onMessage.bind(this);
    // Messages arrive in the AsyncLocalStorage context the socket was created in.
    require('internal/async_hooks').captureFrame(handle);
    if (options?.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        if (this[kState].handle) this.close();
      };
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    publish('udp.socket', () => ({ socket: this }));
  }

  bind(port_, address_, callback) {
    const state = this[kState];
    healthCheck(this);
    if (state.bindState !== BIND_STATE_UNBOUND) throw new codes.ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BIND_STATE_BINDING;
    const cb = arguments.length && typeof arguments[arguments.length - 1] === 'function' ?
      arguments[arguments.length - 1] : undefined;
    if (cb) this.once('listening', cb);
    // A failed bind takes its callback back: programs retry bind() on 'error', and
    // each retry would otherwise leave one more 'listening' listener behind.
    const failed = (err) => {
      state.bindState = BIND_STATE_UNBOUND;
      if (cb) this.removeListener('listening', cb);
      this.emit('error', err);
    };

    let port = port_;
    let address = address_;
    if (port instanceof UDP) {
      // A bound handle received from another process (child.send(msg, socket)).
      adoptHandle(this, port);
      startListening(this);
      return this;
    }
    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      exclusive = !!port.exclusive;
      address = port.address || '';
      if (port.fd !== undefined && port.fd !== null) {
        const err = state.handle.open(port.fd);
        if (err) throw errnoException(err, 'open');
        startListening(this);
        return this;
      }
      port = port.port;
    } else if (typeof address === 'function') {
      address = '';
    }
    if (port === undefined || typeof port === 'function') port = 0;
    else port = validatePort(port);
    if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
    else validateString(address, 'address');

    state.lookup(address, { family: this.type === 'udp4' ? 4 : 6 }, (err, ip) => {
      if (!state.handle) return; // closed meanwhile
      if (err) {
        failed(err);
        return;
      }
      let flags = 0;
      if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
      if (state.reusePort) flags |= UV_UDP_REUSEPORT;
      if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
      // In a cluster worker the primary makes the socket (so that workers share one
      // port), unless the bind is exclusive or the socket reuses the port (then each
      // worker binds its own and the kernel spreads datagrams among them).
      if (!exclusive && !state.reusePort && require('internal/cluster/utils').isWorker()) {
        bindInCluster(this, ip, port || 0, flags, failed);
        return;
      }
      const e = this.type === 'udp4' ? state.handle.bind(ip, port || 0, flags) :
        state.handle.bind6(ip, port || 0, flags);
      if (e) {
        failed(exceptionWithHostPort(e, 'bind', ip, port));
        return;
      }
      startListening(this);
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECT_STATE_CONNECTING;
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (state.bindState !== BIND_STATE_BOUND) {
      enqueue(this, () => doConnect(this, port, address, callback));
      return;
    }
    doConnect(this, port, address, callback);
  }

  disconnect() {
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err) throw errnoException(err, 'disconnect');
    state.connectState = CONNECT_STATE_DISCONNECTED;
  }

  send(buffer, offset, length, port, address, callback) {
    let list;
    const state = this[kState];
    const connected = state.connectState === CONNECT_STATE_CONNECTED;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    }

    if (!Array.isArray(buffer)) {
      if (typeof buffer === 'string' || ArrayBuffer.isView(buffer)) list = [buffer];
      else throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else {
      list = buffer.slice(); // the caller may change its array before the send happens
      for (const item of list) {
        if (typeof item !== 'string' && !ArrayBuffer.isView(item)) {
          throw new codes.ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
        }
      }
    }
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    healthCheck(this);
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push('');
    if (state.bindState !== BIND_STATE_BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }
    const afterDns = (ex, ip) => {
      if (!state.handle) return;
      if (ex) {
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
        return;
      }
      if (isBlocked(state.sendBlockList, this, ip)) {
        const blocked = new codes.ERR_IP_BLOCKED(ip);
        if (typeof callback === 'function') process.nextTick(callback, blocked);
        else process.nextTick(() => this.emit('error', blocked));
        return;
      }
      doSend(this, list, port, ip, callback);
    };
    if (connected) doSend(this, list, 0, '', callback);
    else state.lookup(address || (this.type === 'udp4' ? '127.0.0.1' : '::1'), { family: this.type === 'udp4' ? 4 : 6 }, afterDns);
  }

  // The legacy form of send() with every argument given.
  sendto(buffer, offset, length, port, address, callback) {
    validateNumber(offset, 'offset');
    validateNumber(length, 'length');
    validateNumber(port, 'port');
    validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {
      state.queue.push(this.close.bind(this));
      return this;
    }
    healthCheck(this);
    stopReceiving(this);
    state.handle.close();
    state.handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  [Symbol.asyncDispose]() {
    if (!this[kState].handle) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }

  address() {
    healthCheck(this);
    const out = {};
    const err = this[kState].handle.getsockname(out);
    if (err) throw errnoException(err, 'getsockname');
    return out;
  }

  remoteAddress() {
    healthCheck(this);
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const out = {};
    const err = state.handle.getpeername(out);
    if (err) throw errnoException(err, 'getpeername');
    return out;
  }

  setBroadcast(arg) {
    const err = this[kState].handle.setBroadcast(arg ? 1 : 0);
    if (err) throw errnoException(err, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kState].handle.setTTL(ttl);
    if (err) throw errnoException(err, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kState].handle.setMulticastTTL(ttl);
    if (err) throw errnoException(err, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(arg) {
    const err = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
    if (err) throw errnoException(err, 'setMulticastLoopback');
    return arg;
  }

  setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validateString(interfaceAddress, 'interfaceAddress');
    const err = this[kState].handle.setMulticastInterface(interfaceAddress);
    if (err) throw errnoException(err, 'setMulticastInterface');
  }

  addMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new codes.ERR_MISSING_ARGS('multicastAddress');
    const err = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new codes.ERR_MISSING_ARGS('multicastAddress');
    const err = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, 'dropMembership');
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kState].handle.addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress);
    if (err) throw errnoException(err, 'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kState].handle.dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress);
    if (err) throw errnoException(err, 'dropSourceSpecificMembership');
  }

  ref() {
    this[kState].handle?.ref();
    return this;
  }

  unref() {
    this[kState].handle?.unref();
    return this;
  }

  setRecvBufferSize(size) {
    bufferSize(this, size, true);
  }

  setSendBufferSize(size) {
    bufferSize(this, size, false);
  }

  getRecvBufferSize() {
    return bufferSize(this, 0, true);
  }

  getSendBufferSize() {
    return bufferSize(this, 0, false);
  }

  getSendQueueSize() {
    return this[kState].handle?.getSendQueueSize() ?? 0;
  }

  getSendQueueCount() {
    return this[kState].handle?.getSendQueueCount() ?? 0;
  }
}

// options.sendBlockList / receiveBlockList: a net.BlockList, or undefined.
function blockListOption(options, name) {
  const list = options?.[name];
  if (list !== undefined && !require('internal/blocklist').BlockList.isBlockList(list)) {
    throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'net.BlockList', list);
  }
  return list;
}

function isBlocked(list, socket, ip) {
  return list !== undefined && list.check(ip, socket.type === 'udp4' ? 'ipv4' : 'ipv6');
}

// bind() in a cluster worker: the primary binds a socket (or finds the one it made
// for this address) and passes it over; it replaces the socket's own unbound handle.
function bindInCluster(socket, ip, port, flags, failed) {
  const state = socket[kState];
  const cluster = require('cluster');
  cluster._getServer(socket, { address: ip, port, addressType: socket.type, fd: -1, flags },
    (err, handle) => {
      if (!state.handle) { // closed meanwhile
        handle?.close();
        return;
      }
      if (err) {
        failed(exceptionWithHostPort(err, 'bind', ip, port));
        return;
      }
      adoptHandle(socket, handle);
      startListening(socket);
    });
}

// Puts a bound handle made elsewhere in place of the socket's own unbound one.
function adoptHandle(socket, handle) {
  const state = socket[kState];
  const own = state.handle;
  handle.onmessage = own.onmessage;
  require('internal/async_hooks').captureFrame(handle);
  handle[require('internal/stream_base_commons').kOwner] = socket;
  own.close();
  state.handle = handle;
}

// The handle child_process.send() passes for a dgram socket.
function handleOf(socket) {
  return socket[kState].handle;
}

// The primary's half of bindInCluster: a bound UDP handle, or a negative errno.
function createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (typeof fd === 'number' && fd >= 0) {
    err = handle.open(fd);
  } else if (port || address) {
    err = addressType === 'udp4' ? handle.bind(address, port || 0, flags) :
      handle.bind6(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new codes.ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = require('buffer').Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
  return new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
}

function enqueue(socket, fn) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    socket.once('error', onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener('error', onListenError);
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

function startListening(socket) {
  const state = socket[kState];
  const err = state.handle.recvStart();
  if (err) throw errnoException(err, 'recvStart');
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function doConnect(socket, port, address, callback) {
  const state = socket[kState];
  if (!state.handle) return;
  state.lookup(address || (socket.type === 'udp4' ? '127.0.0.1' : '::1'),
    { family: socket.type === 'udp4' ? 4 : 6 }, (ex, ip) => {
      if (!state.handle) return;
      let err = ex;
      if (!err && isBlocked(state.sendBlockList, socket, ip)) err = new codes.ERR_IP_BLOCKED(ip);
      if (!err) {
        const e = socket.type === 'udp4' ? state.handle.connect(ip, port) : state.handle.connect6(ip, port);
        if (e) err = exceptionWithHostPort(e, 'connect', address, port);
      }
      if (err) {
        state.connectState = CONNECT_STATE_DISCONNECTED;
        process.nextTick(() => {
          if (callback) {
            socket.removeListener('connect', callback);
            callback(err);
          } else {
            socket.emit('error', err);
          }
        });
        return;
      }
      state.connectState = CONNECT_STATE_CONNECTED;
      if (callback) socket.once('connect', callback);
      process.nextTick(() => socket.emit('connect'));
    });
}

function doSend(socket, list, port, ip, callback) {
  const state = socket[kState];
  const req = {};
  if (typeof callback === 'function') {
    req.oncomplete = (status, bytes) => {
      if (status) callback(exceptionWithHostPort(status, 'send', ip, port));
      else callback(null, bytes);
    };
  }
  const err = socket.type === 'udp4' || ip === '' ? state.handle.send(req, list, port, ip) :
    state.handle.send6(req, list, port, ip);
  if (typeof callback !== 'function') return;
  if (err < 0) {
    process.nextTick(callback, exceptionWithHostPort(err, 'send', ip, port));
  } else if (err === 0) {
    let bytes = 0;
    for (const item of list) bytes += typeof item === 'string' ? utf8Length(item) : item.byteLength;
    process.nextTick(callback, null, bytes);
  }
}

function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function bufferSize(socket, size, recv) {
  if (size !== 0 && (typeof size !== 'number' || !Number.isInteger(size) || size <= 0)) {
    throw new codes.ERR_SOCKET_BAD_BUFFER_SIZE();
  }
  const syscall = recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
  const handle = socket[kState].handle;
  const ret = handle ? handle.bufferSize(size, recv) : internalBinding('uv').UV_EBADF;
  if (ret < 0) {
    const [code, message] = uvErrorInfo(ret);
    throw new codes.ERR_SOCKET_BUFFER_SIZE({ errno: ret, code, message, syscall });
  }
  return ret;
}

function onMessage(nread, ab, address, family, port) {
  if (nread < 0) {
    this.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  // Datagrams from addresses the receive block list refuses are dropped unseen.
  if (isBlocked(this[kState].receiveBlockList, this, address)) return;
  this.emit('message', readChunk(nread, ab), { address, family, port, size: nread });
}

// The socket's old private fields and methods, which some programs still reach for:
// they work, with node's DEP0112 warning.
{
  const { deprecate } = require('internal/util');
  const msg = (name) => `Socket.prototype.${name} is deprecated`;
  for (const [name, key] of [['_handle', 'handle'], ['_receiving', 'receiving'],
    ['_bindState', 'bindState'], ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
    Object.defineProperty(Socket.prototype, name, {
      get: deprecate(function() { return this[kState][key]; }, msg(name), 'DEP0112'),
      set: deprecate(function(v) { this[kState][key] = v; }, msg(name), 'DEP0112'),
      configurable: true,
    });
  }
  Socket.prototype._healthCheck = deprecate(function() { healthCheck(this); },
    msg('_healthCheck()'), 'DEP0112');
  Socket.prototype._stopReceiving = deprecate(function() { stopReceiving(this); },
    msg('_stopReceiving()'), 'DEP0112');
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = {
  createSocket, Socket, _createSocketHandle: createSocketHandle, _handleOf: handleOf,
};
