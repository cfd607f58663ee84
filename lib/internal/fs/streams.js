'use strict';
// fs.ReadStream and fs.WriteStream: node:stream Readable/Writable over a file
// descriptor, opened in _construct, read and written through `fs` (the module, looked
// up at call time so patches apply; the `fs` option; or a FileHandle's methods),
// closed in _destroy (autoClose decides only whether they destroy themselves at the
// end or on an error). Constructors are plain functions, callable
// without new and inheritable the old way, as code written for old node expects.

const { Readable, Writable, finished } = require('stream');
const { codes } = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean, validateAbortSignal } = require('internal/validators');
const { deprecate } = require('internal/util');
const {
  getValidatedPath, getValidatedFd, toPathIfFileURL, encode, normalizeEncoding, assertEncoding,
} = require('internal/fs/utils');
const { newBuffer } = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');

let fsModule;
function defaultFs() {
  fsModule ??= require('fs');
  return fsModule;
}

function normalizeOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') options = { encoding: options };
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  // for-in: inherited options count too, as in node.
  const copy = {};
  for (const key in options) copy[key] = options[key];
  if (copy.encoding !== 'buffer') assertEncoding(copy.encoding);
  if (copy.signal !== undefined) validateAbortSignal(copy.signal, 'options.signal');
  return copy;
}

// The I/O calls of a stream whose fd is a FileHandle, in fs's callback shapes.
function fileHandleFs(handle) {
  const settle = (p, cb, pick) => p.then((r) => cb(null, pick(r)), (err) => cb(err));
  return {
    read: (fd, buf, off, len, pos, cb) => settle(handle.read(buf, off, len, pos), cb, (r) => r.bytesRead),
    write: (fd, buf, off, len, pos, cb) => settle(handle.write(buf, off, len, pos), cb, (r) => r.bytesWritten),
    writev: (fd, bufs, pos, cb) => settle(handle.writev(bufs, pos), cb, (r) => r.bytesWritten),
    close: (fd, cb) => settle(handle.close(), cb, () => undefined),
    fsync: (fd, cb) => settle(handle.sync(), cb, () => undefined),
  };
}

// Sets path/fd and the `fs` the stream uses; validates what it will call.
function setup(stream, path, options, needed) {
  stream[kHandle] = null;
  const fd = options.fd;
  if (fd != null && typeof fd === 'object' && typeof fd.fd === 'number' && typeof fd.close === 'function') {
    if (options.fs !== undefined) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream.fd = fd.fd;
    stream.path = undefined;
    stream[kFs] = fileHandleFs(fd);
    fd.on?.('close', () => { if (!stream.destroyed) stream.destroy(); });
    // The handle is in use (not transferable, its close() waits) until the stream
    // closes it or is closed itself.
    const { kRef, kUnref } = require('internal/fs/promises');
    if (typeof fd[kRef] === 'function') {
      fd[kRef]();
      let held = true;
      const release = () => {
        if (held) fd[kUnref]();
        held = false;
      };
      const { close } = stream[kFs];
      stream[kFs].close = (n, cb) => {
        release();
        close(n, cb);
      };
      stream.once('close', release);
    }
    return;
  }
  if (fd != null) {
    stream.fd = getValidatedFd(fd);
    stream.path = undefined;
  } else {
    stream.fd = null;
    stream.path = toPathIfFileURL(path);
    if (typeof stream.path !== 'string') stream.path = getValidatedPath(stream.path);
    getValidatedPath(stream.path);
  }
  const fs = options.fs ?? defaultFs();
  for (const name of needed) {
    if (name === 'open' && stream.fd !== null) continue;
    validateFunction(fs[name], `options.fs.${name}`);
  }
  if (options.fs?.writev !== undefined) validateFunction(options.fs.writev, 'options.fs.writev');
  stream[kFs] = fs;
}

function validateRange(stream, start, end) {
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end !== undefined && end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
    }
  }
}

// Opens the file, or (for code that overrides open()) lets the override open it and
// waits for its 'open' or 'error'.
function construct(stream, cb, ownOpen) {
  if (typeof stream.fd === 'number') return cb();
  if (stream.open !== ownOpen) {
    const emit = stream.emit;
    stream.emit = function(event, ...args) {
      if (event === 'open') {
        stream.emit = emit;
        cb();
        return Reflect.apply(emit, this, [event, ...args]);
      }
      if (event === 'error') {
        stream.emit = emit;
        return cb(args[0]);
      }
      return Reflect.apply(emit, this, [event, ...args]);
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeFd(stream, err, cb) {
  if (stream.fd == null) return cb(err);
  const fd = stream.fd;
  stream[kFs].close(fd, (er) => cb(er ?? err));
  stream.fd = null;
}

function destroyWhenIdle(stream, err, cb) {
  if (stream[kIsPerformingIO]) {
    stream.once(kIsPerformingIO, (er) => destroyWhenIdle(stream, err ?? er, cb));
    return;
  }
  // autoClose only decides whether the stream destroys itself at the end or on an
  // error; an explicit destroy() (or close()) closes the descriptor, as in node.
  closeFd(stream, err, cb);
}

function ioDone(stream, er) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    stream.emit(kIsPerformingIO, er);
    return true;
  }
  return false;
}

// --- ReadStream -----------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = normalizeOptions(options);
  options.highWaterMark ??= 64 * 1024;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setup(this, path, options, ['open', 'read', 'close']);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  validateRange(this, options.start, options.end);
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = options.start;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

function autoCloseAccessor(Ctor, stateKey) {
  Object.defineProperty(Ctor.prototype, 'autoClose', {
    get() {
      if (!(this instanceof Ctor)) {
        const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
        throw new ERR_INVALID_THIS(Ctor.name);
      }
      return this[stateKey].autoDestroy;
    },
    set(value) {
      if (!(this instanceof Ctor)) {
        const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
        throw new ERR_INVALID_THIS(Ctor.name);
      }
      this[stateKey].autoDestroy = value;
    },
    configurable: true,
  });
}
autoCloseAccessor(ReadStream, '_readableState');

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype.open = deprecate(function open() {
  construct(this, (err) => { if (err) this.destroy(err); }, ReadStream.prototype.open);
}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const readStreamOpen = ReadStream.prototype.open;

ReadStream.prototype._construct = function(cb) {
  construct(this, cb, readStreamOpen);
};

ReadStream.prototype._read = function(n) {
  const remaining = this.end - (this.pos ?? this.bytesRead) + 1;
  n = Math.min(remaining, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = newBuffer(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead) => {
    if (ioDone(this, er)) return;
    if (er) {
      // Destroys only with autoClose (autoDestroy), as node does.
      require('internal/streams/destroy').errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read is copied out, so a small file does not pin a
      // highWaterMark-sized buffer for as long as its chunk lives.
      if (bytesRead === buf.length) this.push(buf);
      else if (bytesRead * 4 < buf.length) {
        const copy = newBuffer(bytesRead);
        copy.set(buf.subarray(0, bytesRead));
        this.push(copy);
      }
      else this.push(buf.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  destroyWhenIdle(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// --- WriteStream ----------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = normalizeOptions(options);
  options.decodeStrings = true;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setup(this, path, options, ['open', 'write', 'close']);
  const fs = this[kFs];
  if (typeof fs.writev !== 'function') this._writev = null;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush ?? false;
  validateBoolean(this.flush, 'options.flush');
  validateRange(this, options.start);
  this.start = options.start;
  this.pos = options.start;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

autoCloseAccessor(WriteStream, '_writableState');

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype.open = deprecate(function open() {
  construct(this, (err) => { if (err) this.destroy(err); }, WriteStream.prototype.open);
}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
const writeStreamOpen = WriteStream.prototype.open;

WriteStream.prototype._construct = function(cb) {
  construct(this, cb, writeStreamOpen);
};

// Chunks are Buffers once Buffer exists; until then strings arrive as written.
function toBytes(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  return encode(chunk, normalizeEncoding(encoding === 'buffer' ? 'utf8' : encoding) ?? 'utf8');
}

// Writes with `fs.write`/`fs.writev` until every byte is out, as node does: a short
// write goes on with the rest, EAGAIN (a non-blocking descriptor that is full)
// counts as a write of nothing, more than five writes in a row of nothing give up,
// and a stream destroyed meanwhile stops with ERR_STREAM_DESTROYED.
function writeOut(stream, buffers, size, pos, idle, syscall, cb) {
  const done = (er, written) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      written = 0;
    }
    if (er || stream.destroyed) return cb(er || new codes.ERR_STREAM_DESTROYED(syscall));
    stream.bytesWritten += written;
    idle = written > 0 ? 0 : idle + 1;
    if (idle > 5) return cb(new codes.ERR_SYSTEM_ERROR(`${syscall} failed`));
    if (written >= size) return cb();
    const rest = restAfter(buffers, written);
    writeOut(stream, [rest], size - written, pos === null ? null : pos + written, idle, syscall, cb);
  };
  if (syscall === 'write') {
    stream[kFs].write(stream.fd, buffers[0], 0, size, pos, done);
  } else {
    stream[kFs].writev(stream.fd, buffers, pos, done);
  }
}

// The bytes of buffers after the first `skip`, as one buffer.
function restAfter(buffers, skip) {
  if (buffers.length === 1) return buffers[0].subarray(skip);
  let size = 0;
  for (const b of buffers) size += b.length;
  const out = newBuffer(size - skip);
  let at = 0;
  for (const b of buffers) {
    if (skip >= b.length) {
      skip -= b.length;
      continue;
    }
    out.set(skip > 0 ? b.subarray(skip) : b, at);
    at += b.length - skip;
    skip = 0;
  }
  return out;
}

// The write's callback first, then (destroyed) the signal destroy waits for.
function writeDone(stream, er, cb) {
  stream[kIsPerformingIO] = false;
  cb(er);
  if (stream.destroyed) stream.emit(kIsPerformingIO, er);
}

WriteStream.prototype._write = function(data, encoding, cb) {
  data = toBytes(data, encoding);
  this[kIsPerformingIO] = true;
  writeOut(this, [data], data.length, this.pos ?? null, 0, 'write', (er) => writeDone(this, er, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(chunks, cb) {
  const buffers = chunks.map((c) => toBytes(c.chunk, c.encoding));
  const size = buffers.reduce((n, b) => n + b.length, 0);
  this[kIsPerformingIO] = true;
  writeOut(this, buffers, size, this.pos ?? null, 0, 'writev', (er) => writeDone(this, er, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush || this.fd === null) return cb();
  this[kFs].fsync(this.fd, cb);
};

WriteStream.prototype._destroy = function(err, cb) {
  destroyWhenIdle(this, err, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose the stream is not destroyed after 'finish', so end it here.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
