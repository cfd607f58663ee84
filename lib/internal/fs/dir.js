'use strict';
// fs.Dir (opendir): a directory stream read in batches through libuv's uv_dir_t.
// Each step is a generator over binding calls, so read/readSync/close/closeSync
// share one definition, as the other fs operations do.

const binding = require('internal/fs/binding');
const { codes } = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const { Call, runSync, runCallback, runPromise } = require('internal/fs/run');
const { Dirent, listing, getOptions, getValidatedPath, encodeName, direntTypeFromMode, getStatsFromBinding, fsConstants } =
  require('internal/fs/utils');

const { UV_DIRENT_DIR, UV_DIRENT_UNKNOWN } = fsConstants;

class Dir {
  #root;      // the handle opendir made; closed by close()
  #handle;    // the handle being read: the root, a subdirectory's, or null
  #handleDir; // the directory #handle reads
  #path;
  #encoding;
  #recursive;
  #buffered = [];
  #pendingDirs = [];
  #closed = false;
  #busy = 0;
  #queue = [];

  constructor(handle, path, options) {
    if (!handle) throw new codes.ERR_MISSING_ARGS('handle');
    this.#root = this.#handle = handle;
    this.#path = this.#handleDir = path;
    this.#encoding = options.encoding;
    this.#recursive = !!options.recursive;
  }

  get path() {
    if (!(#path in this)) {
      const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
      throw new ERR_INVALID_THIS('Dir');
    }
    return this.#path;
  }

  // The next Dirent, or null at the end.
  * #next() {
    for (;;) {
      if (this.#buffered.length > 0) return this.#buffered.shift();
      if (this.#handle === null) {
        const dir = this.#pendingDirs.shift();
        if (dir === undefined) return null;
        this.#handle = yield new Call(binding.opendir, [dir], 'opendir', dir);
        this.#handleDir = dir;
        continue;
      }
      const batch = yield new Call(binding.dirRead, [this.#handle], 'scandir', this.#handleDir);
      if (batch === null) {
        const done = this.#handle;
        this.#handle = null;
        if (done !== this.#root) yield new Call(binding.dirClose, [done], 'closedir');
        continue;
      }
      const [names, types] = listing(batch);
      const parent = this.#handleDir;
      for (let i = 0; i < names.length; i++) {
        let type = types[i];
        const full = `${parent}/${names[i]}`;
        if (type === UV_DIRENT_UNKNOWN) {
          yield new Call(binding.lstat, [full], 'lstat', full);
          type = direntTypeFromMode(getStatsFromBinding(binding.statValues).mode);
        }
        this.#buffered.push(new Dirent(encodeName(names[i], this.#encoding), type, parent));
        if (this.#recursive && type === UV_DIRENT_DIR) this.#pendingDirs.push(full);
      }
    }
  }

  * #close() {
    this.#closed = true;
    const current = this.#handle;
    this.#handle = null;
    if (current !== null && current !== this.#root) yield new Call(binding.dirClose, [current], 'closedir');
    yield new Call(binding.dirClose, [this.#root], 'closedir');
  }

  #checkOpen() {
    if (this.#closed) throw new codes.ERR_DIR_CLOSED();
  }

  // Async operations run one at a time, in order.
  #enqueue(genFn, callback) {
    const run = (done) => {
      this.#busy++;
      runCallback(genFn(), (err, value) => {
        this.#busy--;
        done(err, value);
        const next = this.#queue.shift();
        if (next) next();
      });
    };
    const start = (done) => {
      if (this.#busy > 0) this.#queue.push(() => run(done));
      else run(done);
    };
    if (callback === undefined) {
      return new Promise((resolve, reject) => start((err, v) => (err ? reject(err) : resolve(v))));
    }
    validateFunction(callback, 'callback');
    start(callback);
  }

  read(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new codes.ERR_DIR_CLOSED());
    } else {
      validateFunction(callback, 'callback');
      if (this.#closed) throw new codes.ERR_DIR_CLOSED();
    }
    return this.#enqueue(() => this.#next(), callback);
  }

  readSync() {
    this.#checkOpen();
    if (this.#busy > 0) throw new codes.ERR_DIR_CONCURRENT_OPERATION();
    return runSync(this.#next());
  }

  close(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.#closed) {
      const err = new codes.ERR_DIR_CLOSED();
      if (callback === undefined) return Promise.reject(err);
      process.nextTick(callback, err);
      return;
    }
    this.#closed = true;
    return this.#enqueue(() => this.#close(), callback);
  }

  closeSync() {
    this.#checkOpen();
    if (this.#busy > 0) throw new codes.ERR_DIR_CONCURRENT_OPERATION();
    runSync(this.#close());
  }

  async* entries() {
    try {
      for (;;) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }
}

function* opendirOp(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  const handle = yield new Call(binding.opendir, [path], 'opendir', path);
  return new Dir(handle, path, options);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  runCallback(opendirOp(path, options), callback);
}

function opendirSync(path, options) {
  return runSync(opendirOp(path, options));
}

function opendirPromise(path, options) {
  return runPromise(opendirOp(path, options));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
