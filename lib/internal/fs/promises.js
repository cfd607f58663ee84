'use strict';
// node:fs/promises: each operation of lib/internal/fs/ops.js as a promise, and
// FileHandle, whose methods are the same operations on its descriptor.

const ops = require('internal/fs/ops');
const binding = require('internal/fs/binding');
const { runPromise, runPromiseOf, Call } = require('internal/fs/run');
const { readFilePromise, readPromise } = require('internal/fs/fast_async');
const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { defineLazyProperty } = require('internal/util/lazy_property');

const UV_EBADF = -9;
const { getOptions, fsConstants, normalizeEncoding, encode } = require('internal/fs/utils');
const { kEmptyObject } = require('internal/util');

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
// Held by a stream over the handle (lib/internal/fs/streams.js): in use until released.
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

// Open FileHandles dropped without close() are closed when collected, with node's
// warning; the registry holds only the descriptor, never the handle.
const openHandles = new FinalizationRegistry((fd) => {
  binding.close(fd);
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
    'Please close FileHandle objects explicitly using FileHandle.prototype.close(). In the ' +
    'future, an error will be thrown if a file descriptor is closed during garbage collection.',
  'DeprecationWarning', 'DEP0137');
});

const { kTransfer, kDeserialize } = require('internal/worker/js_transferable');

let runOn;

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    openHandles.register(this, fd, this);
  }

  get fd() {
    return this[kFd];
  }

  // A FileHandle moves to another thread when listed in postMessage()'s transfer
  // list: the descriptor goes with it, and this one is closed for good.
  [kTransfer]() {
    if (this[kFd] === -1 || this[kClosePromise] || this[kRefs] !== 1) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Cannot transfer FileHandle while in use', 'DataCloneError');
    }
    const fd = this[kFd];
    this[kFd] = -1;
    this.#transferred = true;
    openHandles.unregister(this);
    return { data: { fd }, deserializeInfo: 'internal/fs/promises:FileHandle' };
  }

  [kDeserialize]({ fd }) {
    return new FileHandle(fd);
  }

  #transferred = false;

  getAsyncId() {
    return -1;
  }

  [kRef]() {
    if (this[kFd] !== -1) this[kRefs]++;
  }

  [kUnref]() {
    if (this[kRefs] > (this[kFd] === -1 ? 0 : 1) && --this[kRefs] === 0 && this.#whenIdle) this.#whenIdle();
  }

  // close(): 'close' is emitted at once (streams over the handle stop reading);
  // the descriptor is closed when the operations in flight have finished.
  close() {
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    openHandles.unregister(this);
    this[kClosePromise] = new Promise((resolve, reject) => {
      this.#whenIdle = () => {
        runPromise(ops.close(fd)).then(() => {
          this[kClosePromise] = null;
          resolve();
        }, (err) => {
          this[kClosePromise] = null;
          reject(err);
        });
      };
    });
    if (--this[kRefs] === 0) this.#whenIdle();
    this.emit('close');
    return this[kClosePromise];
  }

  #whenIdle = null;

  static {
    // The methods run through this, so one called on something else fails as node's do.
    runOn = (self, syscall, makeGen) => {
      if (!(#run in self)) {
        const { ERR_INTERNAL_ASSERTION } = require('internal/errors').codes;
        return Promise.reject(new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle'));
      }
      return self.#run(syscall, makeGen);
    };
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  // Runs an operation on the descriptor, holding a reference so close() waits for
  // it; once closed, each fails with node's 'file closed' (EBADF, named by the
  // method's syscall, or its own name for readFile/writeFile).
  #run(syscall, makeGen) {
    if (this[kFd] === -1) {
      if (!this.#transferred) {
        const err = new Error('file closed');
        Object.assign(err, { code: 'EBADF', syscall });
        return Promise.reject(err);
      }
      const err = new Error('The FileHandle has been transferred');
      Object.assign(err, { code: 'EBADF', errno: UV_EBADF, syscall });
      return Promise.reject(err);
    }
    let p;
    try {
      p = runPromise(makeGen(this[kFd]));
    } catch (err) {
      return Promise.reject(err);
    }
    return this.#hold(p);
  }

  // p, an operation on the descriptor, holds a reference until it settles.
  #hold(p) {
    if (p === undefined) return undefined;
    this[kRefs]++;
    const release = () => {
      if (--this[kRefs] === 0 && this.#whenIdle) this.#whenIdle();
    };
    p.then(release, release);
    return p;
  }

  appendFile(data, options) {
    if (typeof data !== 'string' && !ArrayBuffer.isView(data) && isIterable(data)) {
      return writeFileIterable(this, data, options);
    }
    return runOn(this, 'writeFile', (fd) => writeFileHandle(fd, data, getOptions(options, { encoding: 'utf8', flag: 'a' })));
  }

  chmod(mode) { return runOn(this, 'fchmod', (fd) => ops.fchmod(fd, mode)); }
  chown(uid, gid) { return runOn(this, 'fchown', (fd) => ops.fchown(fd, uid, gid)); }
  datasync() { return runOn(this, 'fdatasync', (fd) => ops.fdatasync(fd)); }
  sync() { return runOn(this, 'fsync', (fd) => ops.fsync(fd)); }
  stat(options) { return runOn(this, 'fstat', (fd) => ops.fstat(fd, options)); }
  truncate(len = 0) { return runOn(this, 'ftruncate', (fd) => ops.ftruncate(fd, len)); }
  utimes(atime, mtime) { return runOn(this, 'futimes', (fd) => ops.futimes(fd, atime, mtime)); }

  read(bufferOrOptions, offset, length, position) {
    const fd = this[kFd];
    if (bufferOrOptions === undefined || (!ArrayBuffer.isView(bufferOrOptions) &&
        typeof bufferOrOptions === 'object' && bufferOrOptions !== null)) {
      return runOn(this, 'read', () => nullProto(ops.read(fd, bufferOrOptions ?? {})));
    }
    if (offset !== null && typeof offset === 'object') return runOn(this, 'read', () => nullProto(ops.read(fd, bufferOrOptions, offset)));
    // An open handle's read of the common shape: one native call (fast_async.js).
    if (typeof fd === 'number' && fd >= 0) {
      const fast = this.#hold(readPromise(fd, bufferOrOptions, offset ?? 0, length, position));
      if (fast !== undefined) return fast;
    }
    return runOn(this, 'read', () => nullProto(ops.read(fd, bufferOrOptions, offset ?? 0, length, position ?? null)));
  }

  readv(buffers, position) { return runOn(this, 'readv', (fd) => ops.readv(fd, buffers, position)); }

  readFile(options) {
    return runOn(this, 'readFile', (fd) => ops.readFile(fd, options));
  }

  readLines(options) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  write(buffer, offsetOrOptions, length, position) {
    const args = [this[kFd], buffer];
    if (arguments.length > 1) args.push(offsetOrOptions);
    if (arguments.length > 2) args.push(length);
    if (arguments.length > 3) args.push(position);
    return runOn(this, 'write', () => ops.write(...args));
  }

  writev(buffers, position) { return runOn(this, 'writev', (fd) => ops.writev(fd, buffers, position)); }

  writeFile(data, options) {
    if (typeof data !== 'string' && !ArrayBuffer.isView(data) && isIterable(data)) {
      return writeFileIterable(this, data, options);
    }
    return runOn(this, 'writeFile', (fd) => writeFileHandle(fd, data, getOptions(options, { encoding: 'utf8' })));
  }

  // A byte ReadableStream over the file from its current position. The handle is
  // locked to it (and held in use, so it cannot be transferred) until the stream
  // ends, is cancelled or the handle closes; autoClose closes the handle then.
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new codes.ERR_INVALID_STATE('The FileHandle is closed');
    if (this.#locked) throw new codes.ERR_INVALID_STATE('The FileHandle is locked');
    this.#locked = true;
    const { validateObject, validateBoolean } = require('internal/validators');
    validateObject(options, 'options');
    const { type, autoClose = false } = options;
    validateBoolean(autoClose, 'options.autoClose');
    if (type !== undefined && type !== 'bytes') {
      process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
                          'ExperimentalWarning');
    }
    this[kRefs]++;
    let done = false;
    let controller;
    const finish = () => {
      if (done) return false;
      done = true;
      this.off('close', onClose);
      if (--this[kRefs] === 0 && this.#whenIdle) this.#whenIdle();
      if (autoClose) this.close().catch(() => {});
      return true;
    };
    const onClose = () => {
      if (finish()) controller.close();
    };
    this.on('close', onClose);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      start: (c) => {
        controller = c;
      },
      pull: async (c) => {
        const request = c.byobRequest;
        const { view } = request;
        let bytesRead;
        try {
          ({ bytesRead } = await this.read(view, 0, view.byteLength, null));
        } catch (err) {
          if (done) return;
          throw err;
        }
        if (done) return; // the handle closed meanwhile: the stream is closed
        if (bytesRead === 0) {
          finish();
          c.close();
          request.respond(0);
          return;
        }
        request.respond(bytesRead);
      },
      cancel: () => {
        finish();
      },
    });
  }

  #locked = false;

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// FileHandle.read resolves to a null-prototype { bytesRead, buffer }, as node's does.
function* nullProto(read) {
  const { bytesRead, buffer } = yield* read;
  return { __proto__: null, bytesRead, buffer };
}

// FileHandle.writeFile: data from a string, a view, or an (async) iterable of them.
function* writeFileHandle(fd, data, options) {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    ops.validateWriteData(data);
    const bytes = typeof data === 'string' ? encode(data, normalizeEncoding(options.encoding)) : ops.bytesOf(data);
    yield* ops.writeAll(fd, bytes, options.signal);
    if (options.flush) yield new Call(binding.fsync, [fd], 'fsync');
    return;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function isIterable(data) {
  return data != null && typeof data === 'object' &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// writeFile with an iterable or stream source: chunk by chunk.
async function writeFileIterable(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  ops.checkAborted(options.signal);
  const fh = path instanceof FileHandle ? path : await open(path, flag, options.mode);
  try {
    ops.checkAborted(options.signal);
    for await (const chunk of data) {
      ops.checkAborted(options.signal);
      const bytes = typeof chunk === 'string' ? encode(chunk, normalizeEncoding(options.encoding)) : chunk;
      if (!ArrayBuffer.isView(bytes)) {
        throw new codes.ERR_INVALID_ARG_TYPE('write', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      await runPromise(ops.writeAll(fh.fd, ops.bytesOf(bytes), options.signal));
    }
    if (options.flush) await fh.sync();
  } finally {
    if (!(path instanceof FileHandle)) await fh.close();
  }
}

function fdOf(pathOrHandle) {
  return pathOrHandle instanceof FileHandle ? pathOrHandle.fd : pathOrHandle;
}

// A path argument: FileHandles are refused where node refuses numbers too.
function checkPath(path) {
  if (typeof path === 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  return path;
}

async function open(path, flags, mode) {
  checkPath(path);
  return new FileHandle(await runPromise(ops.open(path, flags, mode)));
}

function readFile(path, options) {
  const fast = readFilePromise(path, options);
  if (fast !== undefined) return fast;
  if (typeof path === 'number') return Promise.reject(new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL', 'FileHandle'], path));
  return runPromiseOf(ops.readFile, fdOf(path), options);
}

function writeFile(path, data, options) {
  if (typeof path === 'number') return Promise.reject(new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL', 'FileHandle'], path));
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && isIterable(data)) {
    return writeFileIterable(path, data, options);
  }
  if (path instanceof FileHandle) return path.writeFile(data, options);
  return runPromiseOf(ops.writeFile, path, data, options);
}

function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return runPromiseOf(ops.appendFile, checkPath(path), data, options);
}

function promisified(op) {
  const fn = {
    [op.name](...args) {
      // Validation failures reject, as node's promise API does.
      try {
        return runPromise(op(...args));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  }[op.name];
  return fn;
}

const exportsObject = {
  access: promisified(ops.access),
  appendFile,
  chmod: promisified(ops.chmod),
  chown: promisified(ops.chown),
  copyFile: promisified(ops.copyFile),
  // Only macOS has lchmod; elsewhere node's promise API still has it, and it rejects.
  async lchmod() {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
  },
  lchown: promisified(ops.lchown),
  link: promisified(ops.link),
  lstat: promisified(ops.lstat),
  lutimes: promisified(ops.lutimes),
  mkdir: promisified(ops.mkdir),
  mkdtemp: promisified(ops.mkdtemp),
  open,
  readFile,
  readdir: promisified(ops.readdir),
  readlink: promisified(ops.readlink),
  realpath: promisified(ops.realpathNative),
  rename: promisified(ops.rename),
  rm: promisified(ops.rm),
  rmdir: promisified(ops.rmdir),
  stat: promisified(ops.stat),
  statfs: promisified(ops.statfs),
  symlink: promisified(ops.symlink),
  truncate: promisified(ops.truncate),
  unlink: promisified(ops.unlink),
  utimes: promisified(ops.utimes),
  writeFile,
  constants: require('fs').constants,
  async mkdtempDisposable(prefix, options) {
    const path = await runPromise(ops.mkdtemp(prefix, options));
    // Resolved now: a later chdir() must not change what remove() removes.
    const absolute = typeof path === 'string' ? require('path').resolve(path) : path;
    const remove = () => runPromise(ops.rm(absolute, { recursive: true, force: true }));
    return { path, remove, [Symbol.asyncDispose]: remove };
  },
};

// Loaded on first read; assignable properties, as in node (sinon and jest.spyOn replace
// fs.promises methods by assignment).
function lazy(name, id, prop = name) {
  defineLazyProperty(exportsObject, name, () => require(id)[prop]);
}
lazy('opendir', 'internal/fs/dir', 'opendirPromise');
lazy('cp', 'internal/fs/cp', 'cpPromise');
lazy('glob', 'internal/fs/glob_fs', 'globPromise');
lazy('watch', 'internal/fs/watchers', 'watchPromise');

void fsConstants, kEmptyObject;
module.exports = { FileHandle, exports: exportsObject, kFd, kRef, kUnref };
