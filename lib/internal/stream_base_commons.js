'use strict';
// The JS side of the stream layer (src/binding/stream_wrap.c, whose header lists the
// handle API). A stream that owns a handle — net.Socket today; tls, http and
// child_process pipes later — plugs in here:
//   handle[kOwner] = stream;  handle.onread = onStreamRead;
//   stream._read → readStart(stream)     push() === false → readStop
//   stream._write/_writev → writeGeneric/writevGeneric(stream, ..., cb)
//   stream[kUpdateTimer]() is called on every read and write (socket timeouts).
// Bytes from C arrive as an ArrayBuffer the engine owns: wrapped, never copied.

const { UV_EOF } = internalBinding('stream_wrap');
const { errnoException } = require('internal/errors');

const kOwner = Symbol('kOwner');
const kUpdateTimer = Symbol('kUpdateTimer');
const kBuffer = Symbol('kBuffer');
const kAfterRead = Symbol('kAfterRead');
const kLastWriteQueueSize = Symbol('kLastWriteQueueSize');

let FastBuffer;
function toBuffer(ab) {
  if (FastBuffer === undefined) {
    try {
      FastBuffer = require('internal/buffer').FastBuffer;
    } catch {
      FastBuffer = Uint8Array;
    }
  }
  return new FastBuffer(ab);
}

let BufferCtor;
function bufferFrom(data, encoding) {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor.from(data, encoding);
}

function readStart(stream) {
  const handle = stream._handle;
  if (!handle || handle.reading) return;
  handle.reading = true;
  const err = handle.readStart();
  if (err) stream.destroy(errnoException(err, 'read'));
}

function readStop(stream) {
  const handle = stream._handle;
  if (!handle || !handle.reading) return;
  handle.reading = false;
  const err = handle.readStop();
  if (err) stream.destroy(errnoException(err, 'read'));
}

// handle.onread: once per read event, this = handle.
function onStreamRead(nread, ab) {
  const stream = this[kOwner];
  if (stream === undefined) return;
  if (nread > 0) {
    stream[kUpdateTimer]();
    if (stream[kAfterRead] !== undefined) {
      stream[kAfterRead](toBuffer(ab));
      return;
    }
    if (!stream.push(toBuffer(ab))) readStop(stream);
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // End of stream: nothing more will be read.
  if (this.reading) {
    this.reading = false;
    this.readStop();
  }
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
    const ex = errnoException(status, 'write');
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
  let ret;
  if (typeof data !== 'string') {
    ret = handle.writeBuffer(req, data);
  } else {
    switch (encoding) {
      case 'utf8':
      case 'utf-8':
        ret = handle.writeUtf8String(req, data);
        break;
      case 'latin1':
      case 'binary':
        ret = handle.writeLatin1String(req, data);
        break;
      default:
        ret = handle.writeBuffer(req, bufferFrom(data, encoding));
    }
  }
  return dispatch(stream, req, ret);
}

// chunks: Writable's [{ chunk, encoding }] (or plain chunks when allBuffers).
function writevGeneric(stream, chunks, cb) {
  const req = { stream, callback: cb, async: false, oncomplete: onWriteComplete };
  const list = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    const { chunk, encoding } = chunks[i];
    if (typeof chunk !== 'string' || encoding === 'utf8' || encoding === 'utf-8') list[i] = chunk;
    else list[i] = bufferFrom(chunk, encoding);
  }
  return dispatch(stream, req, stream._handle.writev(req, list));
}

module.exports = {
  kAfterRead, kBuffer, kLastWriteQueueSize, kMaybeDestroy, kOwner, kUpdateTimer,
  onStreamRead, readStart, readStop, toBuffer, writeGeneric, writevGeneric,
};
