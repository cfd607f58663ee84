'use strict';
// fs.watch (FSWatcher over inotify; recursive by watching each directory, as libuv
// has no recursive inotify) and fs.watchFile/unwatchFile (StatWatcher over
// uv_fs_poll), plus fs/promises watch as an async iterator.

const binding = require('internal/fs/binding');
const EventEmitter = require('events');
const { bindFrame } = require('internal/async_hooks');
const { uvException, AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const {
  validateFunction, validateBoolean, validateObject, validateUint32, validateAbortSignal, validateInteger,
  validateOneOf,
} = require('internal/validators');
const { listing, getValidatedPath, getStatsFromBinding, encodeName, assertEncoding, pathModule } = require('internal/fs/utils');

const kHandles = Symbol('kHandles');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandles] = new Map(); // directory -> native handle
    this._closed = false;
    this._persistent = true;
    this._encoding = 'utf8';
  }

  // Starts watching; throws node's `watch` system error.
  start(filename, persistent, recursive, encoding) {
    this._persistent = persistent;
    this._encoding = encoding;
    this._root = filename;
    this.#watchOne(filename, '', true);
    if (recursive) this.#watchTree(filename, '');
  }

  #watchOne(path, rel, isRoot) {
    if (this[kHandles].has(path)) return;
    // Events come in the AsyncLocalStorage context fs.watch() was called in.
    const handle = binding.watchStart(path, bindFrame((status, eventType, name) => {
      if (status < 0) {
        this.emit('error', uvException({ errno: status, syscall: 'watch', path: this._root }));
        this.close();
        return;
      }
      const relName = name == null ? null : rel ? `${rel}/${name}` : name;
      if (this._recursiveRoot && eventType === 'rename' && name != null) {
        // A new subdirectory is watched too.
        const full = `${path}/${name}`;
        if (binding.lstat(full) === 0 && getStatsFromBinding(binding.statValues).isDirectory()) {
          try {
            this.#watchOne(full, relName, false);
            // Entries made before its watch started are reported as they are found.
            this.#watchTree(full, relName, (entry) => {
              process.nextTick(() => this.emit('change', 'rename', encodeName(entry, this._encoding)));
            });
          } catch { /* it went away again */ }
        }
      }
      this.emit('change', eventType, relName == null ? relName : encodeName(relName, this._encoding));
    }));
    if (typeof handle === 'number') {
      if (!isRoot) return;
      throw uvException({ errno: handle, syscall: 'watch', path });
    }
    if (!this._persistent) binding.watchRef(handle, false);
    this[kHandles].set(path, handle);
  }

  #watchTree(dir, rel, onEntry) {
    this._recursiveRoot = true;
    const r = binding.readdir(dir, true, false);
    if (typeof r === 'number') return;
    const [names, types] = listing(r);
    for (let i = 0; i < names.length; i++) {
      const relName = rel ? `${rel}/${names[i]}` : names[i];
      onEntry?.(relName);
      if (types[i] !== 2 /* UV_DIRENT_DIR */) continue;
      const full = `${dir}/${names[i]}`;
      this.#watchOne(full, relName, false);
      this.#watchTree(full, relName, onEntry);
    }
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    for (const h of this[kHandles].values()) binding.watchClose(h);
    this[kHandles].clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const h of this[kHandles].values()) binding.watchRef(h, true);
    return this;
  }

  unref() {
    for (const h of this[kHandles].values()) binding.watchRef(h, false);
    return this;
  }
}

function watchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  options ??= {};
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  assertEncoding(encoding);
  validateAbortSignal(signal, 'options.signal');
  if (options.maxQueue !== undefined) validateInteger(options.maxQueue, 'options.maxQueue');
  if (options.overflow !== undefined) validateOneOf(options.overflow, 'options.overflow', ['ignore', 'throw']);
  return { persistent, recursive, encoding, signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  const path = getValidatedPath(filename, 'filename');
  const watcher = new FSWatcher();
  watcher.start(path, opts.persistent, opts.recursive, opts.encoding);
  if (listener) watcher.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) process.nextTick(() => watcher.close());
    else opts.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs/promises watch: an async iterator of { eventType, filename }.
function watchPromise(filename, options) {
  const opts = watchOptions(options);
  const path = getValidatedPath(filename, 'filename');
  const watcher = new FSWatcher();
  watcher.start(path, opts.persistent, opts.recursive, opts.encoding);
  const queue = [];
  let waiting = null;
  let failure = null;
  let done = false;
  const wake = () => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w();
    }
  };
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    wake();
  });
  watcher.on('error', (err) => {
    failure = err;
    wake();
  });
  const finish = () => {
    done = true;
    watcher.close();
    wake();
  };
  if (opts.signal) {
    if (opts.signal.aborted) failure = new AbortError(undefined, { cause: opts.signal.reason });
    else {
      opts.signal.addEventListener('abort', () => {
        failure = new AbortError(undefined, { cause: opts.signal.reason });
        finish();
      }, { once: true });
    }
  }
  return {
    async next() {
      for (;;) {
        if (queue.length) return { value: queue.shift(), done: false };
        if (failure) {
          const err = failure;
          failure = null;
          done = true;
          watcher.close();
          throw err;
        }
        if (done) return { value: undefined, done: true };
        await new Promise((resolve) => { waiting = resolve; });
      }
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// --- watchFile ---------------------------------------------------------------------

const statWatchers = new Map();

class StatWatcher extends EventEmitter {
  #handle = null;
  #bigint;
  #lastFailed = false;

  constructor(bigint) {
    super();
    this.#bigint = bigint;
  }

  start(path, persistent, interval) {
    const handle = binding.pollStart(path, interval, bindFrame((status, curr, prev) => {
      // Repeated failures (the file stays missing) report once.
      if (status < 0 && this.#lastFailed) return;
      this.#lastFailed = status < 0;
      this.emit('change', getStatsFromBinding(curr, this.#bigint), getStatsFromBinding(prev, this.#bigint));
    }));
    if (typeof handle === 'number') throw uvException({ errno: handle, syscall: 'watch', path });
    this.#handle = handle;
    if (!persistent) binding.watchRef(handle, false);
  }

  stop() {
    if (this.#handle === null) return;
    binding.watchClose(this.#handle);
    this.#handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this.#handle) binding.watchRef(this.#handle, true);
    return this;
  }

  unref() {
    if (this.#handle) binding.watchRef(this.#handle, false);
    return this;
  }
}

function watchFile(filename, options, listener) {
  const path = pathModule.resolve(getValidatedPath(filename));
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, bigint: false, ...options };
  validateFunction(listener, 'listener');
  validateUint32(options.interval, 'options.interval');
  let stat = statWatchers.get(path);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(path, options.persistent, options.interval);
    statWatchers.set(path, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  const path = pathModule.resolve(getValidatedPath(filename));
  const stat = statWatchers.get(path);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(path);
  }
}

void ERR_INVALID_ARG_TYPE;
module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise };
