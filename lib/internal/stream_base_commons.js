'use strict';
// The JS side of the stream layer (src/binding/stream_wrap.c, whose header lists the
// handle API). A stream that owns a handle — net.Socket today; tls, http and
// child_process pipes later — plugs in here:
//   attachHandle(stream, handle)          handle events go to the stream
//   stream._read → readStart(stream)     push() === false → readStop(stream)
//   stream._write/_writev → writeGeneric/writevGeneric(stream, ..., cb)
//   stream[kUpdateTimer]() is called on every read and write (socket timeouts);
//   stream[kReading] says whether the handle is reading.
// Bytes from C arrive in the runtime's read buffer and are copied out into a Buffer of
// their own (see stream_wrap.c for why), or as an ArrayBuffer of their own, wrapped.
// Handle objects are slow to touch from JS (they are C-class objects), so the hot
// paths call the binding's plain functions and keep their state on the stream.

const binding = internalBinding('stream_wrap');
const { UV_EOF } = binding;
const { UV_EALREADY } = internalBinding('uv');
const { errnoException } = require('internal/errors');
const { flattenString } = require('internal/util');
const { state: asyncState, kFrame } = require('internal/async_hooks');

const kOwner = Symbol('kOwner');
const kReading = Symbol('kReading');
// A handle that is not a C stream handle (tls's TLSHandle) names the functions that
// stand in for the binding's: { readStart(handle), readStop(handle), writeBuffer(handle,
// req, data), writeUtf8String, writeLatin1String, writev }. attachHandle copies them
// onto the stream, so the hot paths never touch the handle to find them.
const kStreamOps = Symbol('kStreamOps');
// Such a handle may also name the C object whose bytes a C reader (the HTTP parser's
// consume) can take instead of its onread: a TLS connection's cleartext.
const kByteSource = Symbol('kByteSource');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterRead = Symbol('kAfterRead');
const kLastWriteQueueSize = Symbol('kLastWriteQueueSize');

// Read once, as node reads its primordials: a program replacing them must not change
// how reads are copied.
const { setPrototypeOf } = Object;
// slice(view, start, end), called without an arguments array per read.
const slice = Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).slice);
let FastBuffer;
function loadFastBuffer() {
  // node:buffer puts Buffer's methods on FastBuffer.prototype.
  require('buffer');
  FastBuffer = require('internal/buffer').FastBuffer;
}

function toBuffer(ab) {
  if (FastBuffer === undefined) loadFastBuffer();
  return new FastBuffer(ab);
}

// Bytes [start, end) of a Uint8Array C reads into and reuses (the runtime's read
// buffer), copied into a Buffer of their own. slice copies without first zeroing what
// it copies into, as new FastBuffer would.
function copyChunk(source, start, end) {
  if (FastBuffer === undefined) loadFastBuffer();
  return setPrototypeOf(slice(source, start, end), FastBuffer.prototype);
}

// A read's bytes as a Buffer: the first nread bytes of source, the runtime's read
// buffer, or all of an ArrayBuffer of the read's own.
function readChunk(nread, source) {
  return source instanceof ArrayBuffer ? toBuffer(source) : copyChunk(source, 0, nread);
}

let BufferCtor;
function bufferFrom(data, encoding) {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor.from(data, encoding);
}

function readStart(stream) {
  const handle = stream._handle;
  if (!handle || stream[kReading]) return;
  stream[kReading] = true;
  const ops = stream[kStreamOps];
  // A handle never attached (one user code put in _handle) is asked by its own method.
  const err = ops !== undefined ? ops.readStart(handle) : handle.readStart?.();
  // A handle another socket already reads (two sockets over one handle) is reading.
  if (err && err !== UV_EALREADY) stream.destroy(errnoException(err, 'read'));
}

function readStop(stream) {
  const handle = stream._handle;
  if (!handle || !stream[kReading]) return;
  stream[kReading] = false;
  const ops = stream[kStreamOps];
  const err = ops !== undefined ? ops.readStop(handle) : handle.readStop?.();
  if (err) stream.destroy(errnoException(err, 'read'));
}

// A plain object given as a handle (node's tests and some libraries fake one) is used
// through its own methods, as node uses every handle.
const methodOps = {
  readStart: (h) => h.readStart?.(),
  readStop: (h) => h.readStop?.(),
  writeBuffer: (h, req, data) => h.writeBuffer(req, data),
  writeUtf8String: (h, req, data) => h.writeUtf8String(req, data),
  writeLatin1String: (h, req, data) => h.writeLatin1String(req, data),
  writev: (h, req, list) => h.writev(req, list),
};

// Routes a handle's read events to stream (and lets a listening handle find its owner).
// A C stream handle calls one shared function with this = the stream (handle[kOwner]
// keeps the stream alive for it); other handles get a function of their own.
function attachHandle(stream, handle) {
  stream[kReading] = false;
  const proto = Object.getPrototypeOf(handle);
  const ops = handle[kStreamOps] ?? (proto === Object.prototype || proto === null ? methodOps : binding);
  stream[kStreamOps] = ops;
  handle[kOwner] = stream;
  if (ops === binding) binding.setOnread(handle, onOwnerRead, stream);
  else handle.onread = (nread, ab) => onStreamRead(stream, nread, ab);
}

function onOwnerRead(nread, ab) {
  // runCallback took the async context from `this`, the stream; reads run in the
  // handle's (AsyncLocalStorage).
  if (asyncState.enabled) asyncState.frame = this._handle?.[kFrame];
  onStreamRead(this, nread, ab);
}

// Once per read event.
function onStreamRead(stream, nread, ab) {
  if (nread > 0) {
    stream[kUpdateTimer]();
    if (stream[kAfterRead] !== undefined) {
      stream[kAfterRead](readChunk(nread, ab));
      return;
    }
    if (!stream.push(readChunk(nread, ab))) readStop(stream);
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // End of stream: nothing more will be read.
  readStop(stream);
  if (stream._readableState.endEmitted) {
    stream[kMaybeDestroy]?.();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    stream.read(0);
  }
}

const kMaybeDestroy = Symbol('kMaybeDestroy');

function afterWrite(req, status) {
  const stream = req.stream;
  if (status < 0) {
    // (req.error: what the handle adds, as OpenSSL's errors for a TLS write.)
    const ex = errnoException(status, 'write', req.error);
    req.callback(ex);
    return;
  }
  stream[kUpdateTimer]();
  req.callback(null);
}

function onWriteComplete(status) {
  afterWrite(this, status);
}

// Dispatches a write; cb(err) runs synchronously when the kernel took everything
// (as in node), else when libuv completes it.
function dispatch(stream, req, ret) {
  if (ret < 0) {
    req.callback(errnoException(ret, 'write'));
    return req;
  }
  req.async = ret === 1;
  if (!req.async) afterWrite(req, 0);
  else stream[kLastWriteQueueSize] = stream._handle.writeQueueSize;
  return req;
}

function writeGeneric(stream, data, encoding, cb) {
  const req = { stream, callback: cb, async: false, oncomplete: onWriteComplete };
  const handle = stream._handle;
  const ops = stream[kStreamOps] ?? binding;
  let ret;
  if (typeof data !== 'string') {
    ret = ops.writeBuffer(handle, req, data);
  } else {
    flattenString(data);
    switch (encoding) {
      case 'utf8':
      case 'utf-8':
        ret = ops.writeUtf8String(handle, req, data);
        break;
      case 'latin1':
      case 'binary':
        ret = ops.writeLatin1String(handle, req, data);
        break;
      case 'buffer': { // a string that claims to be bytes: node's stream base refuses it
        const err = new TypeError('Second argument must be a buffer');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      default:
        ret = ops.writeBuffer(handle, req, bufferFrom(data, encoding));
    }
  }
  return dispatch(stream, req, ret);
}

// Buffers of up to this many bytes on average, at least kJoinMin of them, are copied
// into one and written with writeBuffer rather than handed to writev one by one: the
// native writev reads each element through an engine call that takes the engine's
// lock (JSLockHolder was ~5% of a corked WebSocket relay's CPU), and a small Buffer
// it keeps for a queued write is first given an ArrayBuffer of its own. Copying a
// few hundred bytes costs less than either.
const kJoinAverage = 512;
const kJoinMin = 8;
const { set: typedArraySet } = Object.getPrototypeOf(Uint8Array.prototype);

// The chunks' bytes in one Buffer, or undefined when they are few or large.
function joinSmallBuffers(chunks) {
  const n = chunks.length;
  if (n < kJoinMin) return undefined;
  let total = 0;
  for (let i = 0; i < n; i++) total += chunks[i].chunk.length;
  if (total > n * kJoinAverage) return undefined;
  if (FastBuffer === undefined) loadFastBuffer();
  const out = new FastBuffer(total);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const chunk = chunks[i].chunk;
    typedArraySet.call(out, chunk, at);
    at += chunk.length;
  }
  return out;
}

// chunks: Writable's [{ chunk, encoding }] (or plain chunks when allBuffers).
function writevGeneric(stream, chunks, cb) {
  const req = { stream, callback: cb, async: false, oncomplete: onWriteComplete };
  const ops = stream[kStreamOps] ?? binding;
  // (Only a native stream handle: a handle of another kind may have writev alone.)
  if (chunks.allBuffers === true && ops === binding) {
    const joined = joinSmallBuffers(chunks);
    if (joined !== undefined) return dispatch(stream, req, binding.writeBuffer(stream._handle, req, joined));
  }
  const list = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    const { chunk, encoding } = chunks[i];
    if (typeof chunk !== 'string' || encoding === 'utf8' || encoding === 'utf-8') list[i] = chunk;
    else list[i] = bufferFrom(chunk, encoding);
  }
  return dispatch(stream, req, ops.writev(stream._handle, req, list));
}

module.exports = {
  kAfterRead, kByteSource, kLastWriteQueueSize, kMaybeDestroy, kOwner, kReading, kStreamOps, kUpdateTimer,
  attachHandle, copyChunk, readChunk, readStart, readStop, toBuffer, writeGeneric, writevGeneric,
};
