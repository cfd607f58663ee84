'use strict';
// The IPC channel between a parent and a child (fork(), stdio 'ipc'), on a pipe_wrap
// handle opened with ipc = true. Used on both ends: target is a ChildProcess in the
// parent and `process` in the child.
//
// Wire format ('json' serialization, node's): one JSON text per message, each ended
// by '\n'. 'advanced' serialization frames each message with a 4-byte big-endian
// length and carries the structured-clone encoding of internal/worker/serialize.js
// (eddy to eddy only: node's is V8's serializer format).
// A handle (net.Server, net.Socket) rides with the bytes of its message through
// uv_write2; the message is { cmd: 'NODE_HANDLE', type, msg } and the receiver
// accepts the pending handle when it parses it. Messages whose cmd starts with
// 'NODE_' are internal: emitted as 'internalMessage' (cluster uses them).

const {
  codes,
  errnoException,
} = require('internal/errors');
const { kOwner } = require('internal/stream_base_commons');
const binding = internalBinding('process_wrap');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');

let StringDecoder;

// The options of the runtime's own messages (acknowledgements), which never wait.
const kQuiet = Object.freeze({ swallowErrors: true });

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

function handleKind(handle) {
  const net = require('net');
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof net.Socket) return 'net.Socket';
  const dgram = require('dgram');
  if (handle instanceof dgram.Socket) return 'dgram.Socket';
  if (handle && typeof handle.writeUtf8String === 'function') return 'net.Native';
  if (handle instanceof internalBinding('udp_wrap').UDP) return 'dgram.Native';
  return null;
}

function rawHandleOf(handle, kind) {
  if (kind === 'net.Native' || kind === 'dgram.Native') return handle;
  if (kind === 'dgram.Socket') return require('dgram')._handleOf(handle);
  return handle._handle;
}

// Rebuilds the object a received raw handle stands for (message: the NODE_HANDLE
// envelope).
function wrapReceived(kind, raw, message) {
  const net = require('net');
  if (kind === 'net.Server') {
    const server = new net.Server();
    server.listen(raw, () => {});
    return server;
  }
  if (kind === 'net.Socket') {
    return new net.Socket({ handle: raw, readable: true, writable: true });
  }
  if (kind === 'dgram.Socket') {
    const socket = require('dgram').createSocket(message.dgramType === 'udp6' ? 'udp6' : 'udp4');
    socket.bind(raw);
    return socket;
  }
  return raw;
}

function makeRawHandle(type) {
  if (type === 'udp') return new (internalBinding('udp_wrap').UDP)();
  if (type === 'tcp') {
    const { TCP, constants } = internalBinding('tcp_wrap');
    return new TCP(constants.SOCKET);
  }
  const { Pipe, constants } = internalBinding('pipe_wrap');
  return new Pipe(constants.SOCKET);
}

function setupChannel(target, channel, serialization) {
  const advanced = serialization === 'advanced';
  let serialize;
  let deserialize;
  if (advanced) ({ serialize, deserialize } = require('internal/worker/serialize'));
  target.channel = channel;
  target[kChannelHandle] = channel;
  // The old name (DEP0129), kept as node keeps it.
  Object.defineProperty(target, '_channel', {
    get() { return this.channel; },
    set(value) { this.channel = value; },
    configurable: true,
  });
  target._handleQueue = null;
  target.connected = true;
  channel[kOwner] = target;

  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder('utf8');
  let jsonBuffer = '';
  let bin = null;

  function deliver(message) {
    if (isInternal(message)) {
      if (message.cmd === 'NODE_HANDLE') {
        const type = binding.pendingHandleType(channel);
        let handle = null;
        if (type) {
          const raw = makeRawHandle(type);
          if (binding.acceptPending(channel, raw) === 0) handle = wrapReceived(message.type, raw, message);
          else raw.close();
          if (handle !== null && message.type === 'net.Socket') {
            require('internal/child_process/socket_list').socketReceived(target, handle, message);
          }
        }
        // The sender holds its later messages until the handle is acknowledged.
        target._send({ cmd: 'NODE_HANDLE_ACK' }, null, kQuiet);
        emitLater(isInternal(message.msg) ? 'internalMessage' : 'message', message.msg, handle);
        return;
      }
      if (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK') {
        // Send what was held back while the handle travelled.
        const queue = target._handleQueue;
        target._handleQueue = null;
        if (queue !== null) {
          for (const { message: held, handle, options, callback } of queue) {
            if (!target.connected && !disconnectWhenFlushed) break;
            target._send(held, handle, options, callback);
          }
        }
        // A disconnect() that waited for the queue goes ahead once it is empty.
        if (disconnectWhenFlushed && target._handleQueue === null) target._disconnect();
        return;
      }
      emitLater('internalMessage', message);
      return;
    }
    emitLater('message', message);
  }

  // Each message is emitted from its own tick, as in node: a listener that throws
  // (to 'uncaughtException') does not stop the messages read with it.
  function emitLater(event, message, handle) {
    process.nextTick(() => target.emit(event, message, handle));
  }

  channel.onread = function onread(nread, ab) {
    if (nread < 0) {
      channel.readStop();
      target._disconnect();
      return;
    }
    // ab is the runtime's read buffer, whose first nread bytes are this read's until
    // this returns (so they are copied out), or an ArrayBuffer of the read's own.
    const bytes = ab instanceof ArrayBuffer ? new Uint8Array(ab, 0, nread) : ab.slice(0, nread);
    if (advanced) {
      bin = bin === null ? bytes : concat(bin, bytes);
      while (bin.length >= 4) {
        const size = ((bin[0] << 24) | (bin[1] << 16) | (bin[2] << 8) | bin[3]) >>> 0;
        if (bin.length < 4 + size) break;
        const body = bin.subarray(4, 4 + size);
        bin = bin.length === 4 + size ? null : bin.slice(4 + size);
        deliver(deserialize(body));
        if (!target.connected) return;
        if (bin === null) break;
      }
      return;
    }
    jsonBuffer += decoder.write(bytes);
    let nl;
    while ((nl = jsonBuffer.indexOf('\n')) !== -1) {
      const line = jsonBuffer.slice(0, nl);
      jsonBuffer = jsonBuffer.slice(nl + 1);
      deliver(JSON.parse(line));
      if (!target.connected && channel.closed) return;
    }
  };
  channel.reading = true;
  channel.readStart();

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new codes.ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new codes.ERR_MISSING_ARGS('message');
    // While a handle sent earlier is not acknowledged, messages wait in order, and
    // send() answers whether this was the first to wait (node's backpressure).
    if (this._handleQueue !== null && options !== kQuiet) {
      this._handleQueue.push({ message, handle, options, callback });
      return this._handleQueue.length === 1;
    }
    if (!advanced && typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    let raw = null;
    if (handle) {
      const kind = handleKind(handle);
      if (kind === null) throw new codes.ERR_INVALID_HANDLE_TYPE();
      raw = rawHandleOf(handle, kind);
      message = { cmd: 'NODE_HANDLE', type: kind, msg: message };
      if (kind === 'dgram.Socket') message.dgramType = handle.type;
      if (kind === 'net.Socket') {
        require('internal/child_process/socket_list').socketSent(this, handle, message, !options.keepOpen);
      }
      if (kind === 'net.Socket' && !options.keepOpen) {
        // The child owns the connection now; our copy closes once the write is done.
        const socket = handle;
        const prev = callback;
        callback = (err) => {
          socket.destroy();
          if (typeof prev === 'function') prev(err);
        };
      }
    }
    let payload;
    if (advanced) {
      const body = serialize(message);
      payload = new Uint8Array(4 + body.length);
      const n = body.length;
      payload[0] = n >>> 24; payload[1] = (n >>> 16) & 255; payload[2] = (n >>> 8) & 255; payload[3] = n & 255;
      payload.set(body, 4);
    } else {
      payload = `${JSON.stringify(message)}\n`;
    }
    const req = {
      oncomplete(status) {
        pending--;
        if (pending === 0 && target[kPendingMessages] === 'disconnect') closeChannel();
        if (typeof callback === 'function') {
          callback(status < 0 ? errnoException(status, 'write') : null);
        }
      },
    };
    let err;
    if (raw) {
      if (advanced) {
        err = -22; // handles travel with json serialization only
      } else {
        err = binding.writeUtf8WithHandle(channel, req, payload, raw);
      }
    } else if (advanced) {
      err = channel.writeBuffer(req, payload);
    } else {
      err = channel.writeUtf8String(req, payload);
    }
    if (err < 0) {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      // An internal message (a handle's acknowledgement) to a peer that is already
      // gone is no error of the program's, as in node.
      else if (options !== kQuiet && !options?.swallowErrors) process.nextTick(() => this.emit('error', ex));
      return false;
    }
    pending++;
    if (raw) this._handleQueue = [];
    if (err === 0 && !raw) {
      // Written at once: complete on the next tick as node does. (A write with a
      // handle always completes from C, once uv_write2 is done.)
      process.nextTick(() => req.oncomplete(0));
    }
    return channel.writeQueueSize < 65536 * 2;
  };

  let pending = 0;
  function closeChannel() {
    if (channel.closed) return;
    channel.closed = true;
    channel.close(() => target.emit('_channelClosed'));
  }

  // disconnect() while sent handles wait for their acknowledgement (and messages
  // wait behind them) stops new messages at once but disconnects only after the
  // queue is written, as node does: the handles and messages already sent arrive.
  let disconnectWhenFlushed = false;
  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new codes.ERR_IPC_DISCONNECTED());
      return;
    }
    if (this._handleQueue !== null) {
      this.connected = false;
      disconnectWhenFlushed = true;
      return;
    }
    this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (!this.connected && !disconnectWhenFlushed) return;
    disconnectWhenFlushed = false;
    this.connected = false;
    if (pending > 0) target[kPendingMessages] = 'disconnect';
    else closeChannel();
    process.nextTick(() => {
      this.channel = null;
      this.emit('disconnect');
    });
  };
}

function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// The child's end: node reads the channel's fd from NODE_CHANNEL_FD and removes it
// from the environment. The channel holds the loop open only while the program
// listens for 'message' or 'disconnect'.
function setupChildChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const channel = new Pipe(constants.IPC);
  if (channel.open(fd) !== 0) return;
  setupChannel(process, channel, serialization);
  let refs = 0;
  const counted = (type) => type === 'message' || type === 'disconnect';
  channel.unref();
  process.on('newListener', (type) => {
    if (counted(type) && refs++ === 0 && process.connected) channel.ref();
  });
  process.on('removeListener', (type) => {
    if (counted(type) && --refs === 0 && process.connected) channel.unref();
  });
}

module.exports = { setupChannel, setupChildChannel, isInternal };
