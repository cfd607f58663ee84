'use strict';
// The entry point of a worker thread's runtime (internal/bootstrap/node.js's
// runMain). The parent's first message on the internal port says what to run;
// then 'online' goes back, and errors that nobody handles go to the parent's
// Worker 'error' event instead of stderr.

const state = require('internal/worker/state');
// MessagePort, the serializer and EventTarget, on first use: a worker posts
// 'online' without them (the load message's header is JSON, 'online' a bare
// string) and makes parentPort when it is first read.
const io = () => require('internal/worker/io');

// What a worker cannot do, as node: these throw ERR_WORKER_UNSUPPORTED_OPERATION
// (the functions are marked `disabled`), and umask() can only be read.
function disableProcessOnlyThings() {
  const { ERR_WORKER_UNSUPPORTED_OPERATION } = require('internal/errors').codes;
  const names = ['abort', 'chdir'];
  // A worker whose environment says it has an IPC channel (NODE_CHANNEL_FD) gets
  // the IPC API disabled rather than absent.
  const ipc = process.env.NODE_CHANNEL_FD !== undefined;
  if (ipc) names.push('send', 'disconnect');
  if (process.platform !== 'win32') {
    names.push('setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups');
  }
  for (const name of names) {
    const stub = () => {
      throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
    };
    stub.disabled = true;
    Object.defineProperty(process, name, {
      value: stub, writable: true, enumerable: true, configurable: true,
    });
  }
  for (const name of ipc ? ['channel', 'connected'] : []) {
    Object.defineProperty(process, name, {
      get() {
        throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`);
      },
      enumerable: false,
      configurable: true,
    });
  }
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
}

function run(binding, options) {
  // Arrays read by index: the engine runs destructuring through the iterator protocol.
  const handles = binding.getPorts();
  const publicHandle = handles[0];
  const internalHandle = handles[1];
  internalHandle.unref();
  // The parent posted it before it started this thread: see io.postLoad.
  const message = internalHandle.receive();
  const load = JSON.parse(message[0]);

  let parentPort;
  Object.defineProperty(state, 'parentPort', {
    __proto__: null,
    get() {
      parentPort ??= io().makePort(publicHandle);
      return parentPort;
    },
    enumerable: true,
    configurable: true,
  });
  if (load.payload !== undefined) {
    [state.workerData, state.environmentData] = io().decodeMessage(load.payload, message[1], message[2], message[3]);
  } else {
    state.workerData = undefined;
  }
  state.resourceLimits = load.resourceLimits;
  state.threadName = load.name || 'WorkerThread';
  if (options.tracing) {
    require('internal/trace_events/startup').startWorker(binding.threadId, state.threadName);
  }

  // The worker's own environment, with process.env's rules (string values, no
  // accessors), which its child processes inherit; or, with SHARE_ENV, the
  // process's.
  const { makeEnv } = require('internal/process/env');
  // load.env is this thread's own: JSON.parse made it from the load message.
  const env = load.shareEnv ? makeEnv(internalBinding('process').makeEnvObject()) : makeEnv(load.env, true);
  Object.defineProperty(process, 'env', { value: env, writable: true, enumerable: true, configurable: true });

  // Errors nobody handles go to the parent's Worker 'error' event (read by
  // internal/process/execution.js, which loads on the first one).
  state.fatalHook = (err) => {
    // process.exit() in the worker unwinds its caller with an exception, which an
    // 'uncaughtException' listener that exits passes on: not an error to report
    // (whether it got here used to depend on when the engine's stop check ran).
    if (binding.isStopping()) return;
    const serialized = require('internal/worker/error_serdes').serializeError(err);
    if (serialized === null) {
      io().postThrough(internalHandle, { type: 'error', unserializable: true }, undefined);
    } else {
      io().postThrough(internalHandle, { type: 'error', serialized }, undefined);
    }
  };
  // The string 'online' in the serializer's format (a string is its own JSON).
  // Posted once the thread runs JS and its process, env and error routing are
  // set; the rest of the set-up below still comes before the worker's own code.
  // Messages posted to this thread by threadId wait in its inbox until it listens.
  internalHandle.postMessage('"online"');
  require('internal/worker/messaging').listen();
  if (load.trackUnmanagedFds) require('internal/fs/unmanaged_fds').track();
  disableProcessOnlyThings();
  setupStdio(internalHandle, load.hasStdin);

  // -r/--require modules run in workers too, as in node.
  if (options.requires.length > 0) require('internal/main/run_main').preload(options.requires);
  // --frozen-intrinsics (inherited with the parent's execArgv): after the preloads.
  if (require('internal/options').getOptionValue('--frozen-intrinsics')) {
    require('internal/freeze_intrinsics').freezeIntrinsics();
  }

  if (load.url !== null) {
    require('internal/modules/esm/run_main').runEntryURL(load.url);
    return;
  }
  if (load.isEval) {
    require('internal/main/run_main').evalScript('[worker eval]', load.filename, false);
    return;
  }
  const { Module } = require('internal/modules/cjs/loader');
  Module.runMain(load.filename);
}

// The worker's process.stdout/stderr send what is written to the parent, where it
// comes out of worker.stdout/stderr (piped to the parent's own unless the Worker
// was made with stdout/stderr: true); process.stdin is fed from worker.stdin.
// The streams are made on first use, as the main thread's are: most workers never
// print, and node:stream is a third of a worker's start-up.
function setupStdio(internalHandle, hasStdin) {
  // The console must use these streams, not its direct writes to fds 1 and 2.
  const { markTouched } = require('internal/console/direct_write');
  markTouched('stdout');
  markTouched('stderr');
  for (const name of ['stdout', 'stderr']) {
    lazyProcessStream(name, () => {
      const { Writable } = require('stream');
      const stream = new Writable({
        decodeStrings: false,
        write(chunk, encoding, callback) {
          io().postThrough(internalHandle, { type: 'stdio', name, chunk, encoding }, undefined);
          callback();
        },
      });
      stream.isTTY = false;
      stream.columns = undefined;
      return stream;
    });
  }
  if (!hasStdin) {
    lazyProcessStream('stdin', () => {
      const { Readable } = require('stream');
      const stdin = new Readable({ read() {} });
      stdin.push(null);
      return stdin;
    });
    return;
  }
  // Reading stdin keeps the worker alive until the parent ends worker.stdin.
  const internalPort = io().makePort(internalHandle);
  let ended = false;
  const { Readable } = require('stream');
  const stdin = new Readable({
    read() {
      if (!ended) internalPort.ref();
    },
  });
  Object.defineProperty(process, 'stdin', { value: stdin, writable: true, enumerable: true, configurable: true });
  internalPort.on('message', (m) => {
    if (m.type !== 'stdin') return;
    if (m.end) {
      ended = true;
      internalPort.unref();
      stdin.push(null);
    } else {
      stdin.push(m.chunk, m.encoding);
    }
  });
  internalPort.unref();
}

// process[name] made by make() on first read. A getter with no setter, as node's
// (an assignment is ignored, or throws in strict code).
function lazyProcessStream(name, make) {
  let value;
  Object.defineProperty(process, name, {
    get() {
      value ??= make();
      return value;
    },
    set: undefined, // replaces the main thread's setter (bootstrap/node.js)
    enumerable: true,
    configurable: true,
  });
}

module.exports = { run };
