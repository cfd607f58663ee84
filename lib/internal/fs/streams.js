'use strict';
// fs.ReadStream and fs.WriteStream: node:stream Readable/Writable over a file
// descriptor, opened in _construct, read and written with the fs callback calls
// (or the caller's `fs` option), closed in _destroy when autoClose.

const { Readable, Writable, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const {
  getValidatedPath, getValidatedFd, asBuffer, toPathIfFileURL, encode, normalizeEncoding,
} = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');

let fsModule;
function defaultFs() {
  fsModule ??= require('fs');
  return fsModule;
}

function copyObject(source) {
  return { ...source };
}

function normalizeOptions(options, defaults) {
  if (options == null) return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...defaults, ...copyObject(options) };
}

// The fd option: a number, or a FileHandle whose descriptor the stream uses and
// whose close() it calls.
function importFd(stream, options) {
  stream[kHandle] = null;
  if (options.fd == null) {
    stream.fd = null;
    stream.path = toPathIfFileURL(options.path);
    stream.path = typeof stream.path === 'string' ? stream.path : getValidatedPath(stream.path);
    if (options.path !== undefined) getValidatedPath(options.path);
    return;
  }
  if (typeof options.fd === 'object' && typeof options.fd.fd === 'number' && typeof options.fd.close === 'function') {
    stream[kHandle] = options.fd;
    stream.fd = options.fd.fd;
    options.fd.on?.('close', () => { if (!stream.destroyed) stream.destroy(); });
  } else {
    stream.fd = getValidatedFd(options.fd);
  }
  stream.path = undefined;
}

function resolveFs(stream, options, needed) {
  const base = defaultFs();
  const custom = options.fs ?? {};
  const fs = {};
  for (const name of needed) {
    fs[name] = custom[name] ?? base[name];
    if (custom[name] !== undefined) validateFunction(custom[name], `options.fs.${name}`);
  }
  stream[kFs] = fs;
}

function openStream(stream, flags, mode, cb) {
  stream[kFs].open(stream.path, flags, mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd == null) return cb(err);
  const fd = stream.fd;
  stream.fd = null;
  if (stream[kHandle]) {
    stream[kHandle].close().then(() => cb(err), (er) => cb(er ?? err));
    return;
  }
  stream[kFs].close(fd, (er) => cb(er ?? err));
}

function destroyWhenIdle(stream, err, cb) {
  const go = () => {
    if (stream[kIsPerformingIO]) return stream.once(kIsPerformingIO, go);
    if (stream._autoClose) closeStream(stream, err, cb);
    else cb(err);
  };
  go();
}

// Chunks are Buffers once Buffer exists; until then strings arrive as they were written.
function toBytes(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  return encode(chunk, normalizeEncoding(encoding === 'buffer' ? 'utf8' : encoding) ?? 'utf8');
}

class ReadStream extends Readable {
  constructor(path, options) {
    options = normalizeOptions(options, {});
    options.highWaterMark ??= 64 * 1024;
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    options.path = path;
    super(options);
    importFd(this, options);
    resolveFs(this, options, ['open', 'read', 'close']);
    this.flags = options.flags ?? 'r';
    this.mode = options.mode ?? 0o666;
    this.start = options.start;
    this.end = options.end ?? Infinity;
    this.pos = undefined;
    this.bytesRead = 0;
    this[kIsPerformingIO] = false;
    this._autoClose = options.autoClose ?? true;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    if (this.end !== Infinity) {
      validateInteger(this.end, 'end', 0);
      if (this.start !== undefined && this.start > this.end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
  }

  get autoClose() {
    return this._autoClose;
  }

  set autoClose(v) {
    this._autoClose = v;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(cb) {
    if (this.fd !== null) return cb();
    openStream(this, this.flags, this.mode, cb);
  }

  _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = asBuffer(new Uint8Array(n));
    this[kIsPerformingIO] = true;
    this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        this.emit(kIsPerformingIO);
        return;
      }
      if (er) {
        this.destroy(er);
        return;
      }
      if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      } else {
        this.push(null);
      }
    });
  }

  _destroy(err, cb) {
    destroyWhenIdle(this, err, cb);
  }

  close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    options = normalizeOptions(options, {});
    options.decodeStrings = true;
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    options.path = path;
    super(options);
    importFd(this, options);
    resolveFs(this, options, ['open', 'write', 'close', 'fsync']);
    const custom = options.fs ?? {};
    this[kFs].writev = custom.writev ?? (custom.write ? null : defaultFs().writev);
    this.flags = options.flags ?? 'w';
    this.mode = options.mode ?? 0o666;
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    this[kIsPerformingIO] = false;
    this._autoClose = options.autoClose ?? true;
    this.flush = options.flush ?? false;
    validateBoolean(this.flush, 'options.flush');
    if (options.encoding) this.setDefaultEncoding(options.encoding);
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    if (this[kFs].writev === null) this._writev = null;
  }

  get autoClose() {
    return this._autoClose;
  }

  set autoClose(v) {
    this._autoClose = v;
  }

  get pending() {
    return this.fd === null;
  }

  _construct(cb) {
    if (this.fd !== null) return cb();
    openStream(this, this.flags, this.mode, cb);
  }

  _write(data, encoding, cb) {
    data = toBytes(data, encoding);
    this[kIsPerformingIO] = true;
    this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        cb(er);
        this.emit(kIsPerformingIO);
        return;
      }
      if (er) return cb(er);
      this.bytesWritten += bytes;
      cb();
    });
    if (this.pos !== undefined) this.pos += data.length;
  }

  _writev(chunks, cb) {
    const buffers = chunks.map((c) => toBytes(c.chunk, c.encoding));
    const size = buffers.reduce((n, b) => n + b.length, 0);
    this[kIsPerformingIO] = true;
    this[kFs].writev(this.fd, buffers, this.pos ?? null, (er, bytes) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        cb(er);
        this.emit(kIsPerformingIO);
        return;
      }
      if (er) return cb(er);
      this.bytesWritten += bytes;
      cb();
    });
    if (this.pos !== undefined) this.pos += size;
  }

  _final(cb) {
    if (!this.flush || this.fd === null) return cb();
    this[kFs].fsync(this.fd, cb);
  }

  _destroy(err, cb) {
    destroyWhenIdle(this, err, cb);
  }

  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this._autoClose) this.on('finish', () => this.destroy());
    this.end();
  }

  destroySoon() {
    this.end();
  }
}

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

void ERR_METHOD_NOT_IMPLEMENTED;
module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
