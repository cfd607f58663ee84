'use strict';
// The Worker class (the parent's view of a worker thread) on
// internalBinding('worker'). The thread's own side is internal/main/worker_thread.js.

const EventEmitter = require('events');
const path = require('path');
const { WorkerHandle } = internalBinding('worker');
const io = require('internal/worker/io');
const state = require('internal/worker/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH, ERR_WORKER_OUT_OF_MEMORY,
    ERR_WORKER_UNSERIALIZABLE_ERROR, ERR_WORKER_INIT_FAILED, ERR_WORKER_INVALID_EXEC_ARGV,
  },
  errnoException,
} = require('internal/errors');
const { validateObject, validateArray, validateString } = require('internal/validators');
const { publish } = require('internal/diagnostics_channel/builtin');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kHandle = Symbol('kHandle');
const kExited = Symbol('kExited');

function resolveFilename(filename) {
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    if (filename.protocol === 'file:') return require('internal/url').fileURLToPath(filename);
    if (filename.protocol === 'data:') return filename;
    const err = new TypeError('The URL must be of scheme file or data');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) return path.resolve(filename);
  throw new ERR_WORKER_PATH(filename);
}

// node reports every limit, -1 for the ones left to the engine (stack: 4 MB).
function validateResourceLimits(limits) {
  const out = {};
  for (const key of ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']) {
    const v = limits?.[key];
    out[key] = typeof v === 'number' && v > 0 ? v : key === 'stackSizeMb' ? 4 : -1;
  }
  return out;
}

// The heap a worker may grow to (0: no limit). As V8, which raises a limit below
// its minimum, a limit of 0 or near it is 2 MB: reached at once.
function heapLimitMb(maxOld) {
  if (typeof maxOld !== 'number' || !(maxOld >= 0)) return 0;
  return Math.max(maxOld, 2);
}

// Many workers piping into process.stdout are not a listener leak.
function pipeWithoutWarning(source, dest) {
  const sourceMax = source._maxListeners;
  const destMax = dest._maxListeners;
  source.setMaxListeners(Infinity);
  dest.setMaxListeners(Infinity);
  source.pipe(dest, { end: false });
  source._maxListeners = sourceMax;
  dest._maxListeners = destMax;
}

class Worker extends EventEmitter {
  #threadId;
  #threadName;
  #resourceLimits;
  #stdin = null;
  // stdout/stderr are made on first use (a read of worker.stdout, or the worker's
  // first output): most workers never print. #pipeStdout/#pipeStderr: whether
  // that output goes on to this process's own stream.
  #stdout = null;
  #stderr = null;
  #pipeStdout;
  #pipeStderr;
  #stdioEnded = false;
  #asyncId;

  constructor(filename, options = {}) {
    super();
    if (require('internal/options').permissionEnabled) require('internal/process/permission').check('WorkerThreads');
    if (options === null || typeof options !== 'object') validateObject(options, 'options');
    const isEval = !!options.eval;
    let file;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval,
          'must be false when \'filename\' is not a string');
      }
      file = filename;
    } else {
      file = resolveFilename(filename);
    }
    // A data: URL is an ES module, loaded by its URL in the worker.
    let url = null;
    if (typeof file === 'object') {
      url = file.href;
      file = url;
    }
    const evalMode = isEval;

    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    // null: the parent's options and execArgv (node's default).
    let execArgv = null;
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      execArgv = options.execArgv.map(String);
      // As on a command line, `--` ends the options and is not one of them.
      const end = execArgv.indexOf('--');
      if (end !== -1) execArgv = execArgv.slice(0, end);
    }
    let env;
    let shareEnv = false;
    if (options.env === SHARE_ENV) {
      shareEnv = true;
    } else if (options.env !== undefined && options.env !== null) {
      if (typeof options.env !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
      }
      env = {};
      for (const key of Object.keys(options.env)) env[key] = `${options.env[key]}`;
    } else {
      env = { ...process.env };
    }
    if (options.name !== undefined) validateString(options.name, 'options.name');
    const resourceLimits = validateResourceLimits(options.resourceLimits);
    this.performance = { eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; } };

    // The NODE_OPTIONS of an env given to the worker are its options too (not
    // this process's own, which it already runs with). A worker given execArgv reads
    // its options afresh, and so takes NODE_OPTIONS (the process's own included) and
    // the ones node reads from single environment variables from its own env, as
    // this process took them from its own.
    let nodeOptions = shareEnv ? process.env.NODE_OPTIONS : env?.NODE_OPTIONS;
    if (!Array.isArray(execArgv) && nodeOptions === process.env.NODE_OPTIONS) nodeOptions = undefined;
    if (Array.isArray(execArgv) && env != null && typeof env === 'object') {
      const fromEnv = [];
      if (env.NODE_PRESERVE_SYMLINKS === '1') fromEnv.push('--preserve-symlinks');
      if (env.NODE_PENDING_DEPRECATION === '1') fromEnv.push('--pending-deprecation');
      if (fromEnv.length > 0) nodeOptions = [...fromEnv, nodeOptions ?? ''].join(' ');
    }
    let handle;
    try {
      handle = new WorkerHandle({
        argv: [process.execPath, ...(evalMode ? ['[worker eval]'] : [file]), ...argv],
        execArgv,
        nodeOptions: nodeOptions ?? null,
        maxHeapMb: heapLimitMb(options.resourceLimits?.maxOldGenerationSizeMb),
        stackSizeMb: resourceLimits.stackSizeMb,
      });
    } catch (err) {
      if (err.invalidOptions === 'execArgv') throw new ERR_WORKER_INVALID_EXEC_ARGV([err.message]);
      if (err.invalidOptions === 'NODE_OPTIONS') {
        throw new ERR_WORKER_INVALID_EXEC_ARGV([err.message], 'invalid NODE_OPTIONS env variable');
      }
      // This thread's message channels could not be made (out of descriptors).
      throw new ERR_WORKER_INIT_FAILED(err.message);
    }
    this[kHandle] = handle;
    this[kExited] = false;
    this.#threadId = handle.threadId;
    this.#threadName = options.name ?? 'WorkerThread';
    this.#resourceLimits = resourceLimits;
    this.#pipeStdout = !options.stdout;
    this.#pipeStderr = !options.stderr;

    // Both ports are read straight from their handles. The worker's own handle
    // keeps the loop alive while it runs; its ports don't.
    handle.publicPort.onmessage = (data, buffers, ports, shared) => this.#onMessage(data, buffers, ports, shared);
    handle.publicPort.start();
    handle.publicPort.unref();
    handle.internalPort.onclose = null;
    handle.internalPort.onmessage = (data, buffers, ports, shared) => {
      let m;
      try {
        m = io.decodeMessage(data, buffers, ports, shared);
      } catch {
        return; // a control message that cannot be read is dropped
      }
      this.#onControl(m);
    };
    handle.internalPort.start();
    handle.internalPort.unref();

    // What to run, first on the internal port (see io.postLoad). workerData and
    // environmentData go through the structured clone only when there are any.
    const { workerData, transferList } = options;
    const environmentData = state.environmentData;
    io.postLoad(handle.internalPort, {
      filename: file,
      isEval: evalMode,
      url,
      env,
      shareEnv,
      name: options.name ?? '',
      resourceLimits,
      hasStdin: !!options.stdin,
      trackUnmanagedFds: options.trackUnmanagedFds ?? true,
    }, workerData === undefined && environmentData.size === 0 && transferList == null ?
      undefined : [workerData, environmentData], transferList);

    handle.onexit = (code, oom, initError) => this.#onExit(code, oom, initError);
    this.#asyncId = io.emitResourceInit('WORKER', handle);
    const portAsyncId = io.emitResourceInit('MESSAGEPORT', handle.publicPort);
    handle.publicPort.onclose = () => {
      if (portAsyncId !== undefined) require('internal/async_hooks').emitDestroy(portAsyncId);
    };
    require('internal/worker/messaging').listen();
    const err = handle.start();
    if (err) throw new ERR_WORKER_INIT_FAILED(errnoException(err, 'uv_thread_create').message);
    // After the thread started, so that its start-up overlaps this: nothing the
    // worker sends is read before this constructor has returned.
    if (options.stdin) this.#stdin = this.#makeStdin();
    process.emit('worker', this);
    publish('worker_threads', () => ({ worker: this }));
  }


  // Messages on the worker's public port become the Worker's 'message' events.
  #onMessage(data, buffers, ports, shared) {
    let value;
    try {
      value = io.decodeMessage(data, buffers, ports, shared);
    } catch (err) {
      this.emit('messageerror', err);
      return;
    }
    this.emit('message', value);
  }

  #makeOutput(name) {
    const { Readable } = require('stream');
    const stream = new Readable({ read() {} });
    if (name === 'stdout') {
      this.#stdout = stream;
      if (this.#pipeStdout) pipeWithoutWarning(stream, process.stdout);
    } else {
      this.#stderr = stream;
      if (this.#pipeStderr) pipeWithoutWarning(stream, process.stderr);
    }
    if (this.#stdioEnded) stream.push(null);
    return stream;
  }

  #makeStdin() {
    const { Writable } = require('stream');
    return new Writable({
      decodeStrings: false,
      write: (chunk, encoding, callback) => {
        if (this[kHandle] !== null) {
          io.postThrough(this[kHandle].internalPort, { type: 'stdin', chunk, encoding }, undefined);
        }
        callback();
      },
      final: (callback) => {
        if (this[kHandle] !== null) io.postThrough(this[kHandle].internalPort, { type: 'stdin', end: true }, undefined);
        callback();
      },
    });
  }

  // A control message from the worker: 'online' (a bare string, which the worker
  // posts without loading the serializer), or { type: 'stdio' | 'error', ... }.
  #onControl(m) {
    if (m.type === 'stdio') {
      const stream = m.name === 'stdout' ? this.stdout : this.stderr;
      if (typeof m.chunk === 'string') stream.push(m.chunk, m.encoding);
      else stream.push(require('buffer').Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
    } else if (m === 'online') {
      this.emit('online');
    } else if (m.type === 'error') {
      if (m.unserializable) this.emit('error', new ERR_WORKER_UNSERIALIZABLE_ERROR());
      else this.emit('error', require('internal/worker/error_serdes').deserializeError(m.serialized));
    }
  }

  #onExit(code, oom, initError) {
    const handle = this[kHandle];
    // Messages the worker sent before it ended are delivered before 'exit'.
    let m;
    while ((m = handle.internalPort.receive()) !== undefined) {
      try {
        this.#onControl(io.decodeForWorker(m));
      } catch {
        // a message that cannot be read is dropped, as a closed port would
      }
    }
    while ((m = handle.publicPort.receive()) !== undefined) this.#onMessage(m[0], m[1], m[2], m[3]);
    this[kExited] = true;
    this[kHandle] = null;
    this.#threadId = -1;
    this.#threadName = null;
    this.#resourceLimits = {};
    handle.publicPort.close();
    handle.internalPort.close();
    this.#stdioEnded = true;
    this.#stdout?.push(null);
    this.#stderr?.push(null);
    if (oom) this.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    if (initError) this.emit('error', new ERR_WORKER_INIT_FAILED(errnoException(initError, 'uv_loop_init').message));
    this.emit('exit', code);
    if (this.#asyncId !== undefined) require('internal/async_hooks').emitDestroy(this.#asyncId);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
  }

  postMessage(...args) {
    if (this[kHandle] === null) return;
    if (args.length === 0) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('message');
    }
    io.postThrough(this[kHandle].publicPort, args[0], args[1]);
  }

  terminate(callback) {
    // Even an unref()'ed worker keeps the process alive until it has stopped, so
    // the promise settles.
    this.ref();
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. ' +
        'It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    this[kHandle].terminate();
    return new Promise((resolve) => this.once('exit', resolve));
  }

  // The worker's handle holds this thread's loop, and its port with it (node's).
  ref() {
    this[kHandle]?.ref();
    this[kHandle]?.publicPort.ref();
  }

  unref() {
    this[kHandle]?.unref();
    this[kHandle]?.publicPort.unref();
  }

  // Getters on the prototype, in node's order.
  get threadId() { return this.#threadId; }
  get threadName() { return this.#threadName; }
  get stdin() { return this.#stdin; }
  get stdout() { return this.#stdout ?? this.#makeOutput('stdout'); }
  get stderr() { return this.#stderr ?? this.#makeOutput('stderr'); }
  get resourceLimits() { return this.#resourceLimits; }

  // The CPU time the worker's thread has used, { user, system } in microseconds
  // (since prev, when given), as a promise.
  cpuUsage(prev) {
    if (prev) {
      validateObject(prev, 'prev');
      const { validateNumber } = require('internal/validators');
      validateNumber(prev.user, 'prev.user', 0, Number.MAX_SAFE_INTEGER);
      validateNumber(prev.system, 'prev.system', 0, Number.MAX_SAFE_INTEGER);
    }
    const usage = this[kHandle]?.cpuUsage();
    if (usage === undefined) {
      const { ERR_WORKER_NOT_RUNNING } = require('internal/errors').codes;
      return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    }
    const [user, system] = usage;
    return Promise.resolve(prev ? { user: user - prev.user, system: system - prev.system } : { user, system });
  }

  getHeapSnapshot(options) {
    if (options !== undefined) validateObject(options, 'options');
    const { ERR_METHOD_NOT_IMPLEMENTED, ERR_WORKER_NOT_RUNNING } = require('internal/errors').codes;
    if (this[kHandle] === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    // JSC has no V8 heap snapshot to stream.
    return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('worker.getHeapSnapshot'));
  }

  async [Symbol.asyncDispose]() {
    await this.terminate();
  }
}

module.exports = { Worker, SHARE_ENV };
