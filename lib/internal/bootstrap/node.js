'use strict';
// Sets up the process object and the globals, hands C its loop callbacks, and
// exports the three entry points C calls: runMain, emitBeforeExit and emitExit.

const EventEmitter = require('events');
const binding = internalBinding('process');
const builtins = internalBinding('builtins');
const options = binding.options;
const perThread = require('internal/process/per_thread');
const taskQueues = require('internal/process/task_queues');
const { installErrorConstructors } = require('internal/errors/constructors');
// process.emitWarning and the printing of 'warning' events load with the first
// warning: most programs, and most workers, never see one.
const warnings = () => require('internal/process/warning');
// Loaded on first use (an uncaught error, an unhandled rejection): a program that
// has neither never compiles them.
const execution = () => require('internal/process/execution');

// --- errors and stacks --------------------------------------------------------

Error.stackTraceLimit = options.stackTraceLimit >= 0 ? options.stackTraceLimit : 10;
if (options.flags.some((flag) => flag.startsWith('--disable-proto='))) {
  require('internal/process/disable_proto').disableProto(Object.prototype);
}
installErrorConstructors();

// --- the process object -------------------------------------------------------

// As node: process is an instance of its constructor, whose prototype inherits
// from EventEmitter.
const processConstructor = function process() {};
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: processConstructor, writable: true, configurable: true },
});
processConstructor.prototype = processProto;
Object.setPrototypeOf(process, processProto);
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: true, enumerable: false, configurable: false,
});
EventEmitter.call(process);

// node makes the facts about the process read-only (version, pid...), and a few
// also non-configurable (features, argv0).
function define(name, value, writable = true, configurable = true) {
  Object.defineProperty(process, name, { value, writable, enumerable: true, configurable });
}

// (src/binding/process.c: node first, the rest in name order, as node lists them.)
const versions = binding.versions;

define('version', `v${versions.node}`, false);
define('versions', versions, false);
define('arch', 'x64', false);
define('platform', 'linux', false);
define('release', {
  name: 'node',
  lts: 'Krypton',
  sourceUrl: `https://nodejs.org/download/release/v${versions.node}/node-v${versions.node}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/v${versions.node}/node-v${versions.node}-headers.tar.gz`,
}, false);
define('_rawDebug', (...args) =>
  internalBinding('fs').writeString(2, `${require('internal/util/inspect').format(...args)}\n`));
define('moduleLoadList', require.moduleLoadList, false);
define('_exiting', false);
define('config', Object.freeze({
  target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
  variables: {
    asan: 0, host_arch: 'x64', target_arch: 'x64', icu_small: false, llvm_version: '0.0',
    napi_build_version: '10', node_builtin_shareable_builtins: [], node_byteorder: 'little',
    node_install_npm: false, node_module_version: 137, node_prefix: '/usr/local',
    node_shared: false, node_shared_openssl: true, node_shared_zlib: true,
    node_shared_libuv: true, node_use_openssl: true, node_use_amaro: false,
    node_use_node_code_cache: false, node_use_node_snapshot: false, openssl_is_fips: false,
    shlib_suffix: 'so.137', v8_enable_i18n_support: 1, v8_enable_inspector: 0,
    v8_enable_pointer_compression: 0, v8_no_strict_aliasing: 1, v8_optimized_debug: 1,
    v8_promise_internal_field_count: 1, v8_use_siphash: 1, want_separate_host_toolset: 0,
  },
}), false);

let exitCode;
Object.defineProperty(process, 'exitCode', {
  get() { return exitCode; },
  set(code) {
    perThread.validateExitCode(code);
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});

define('uptime', perThread.uptime);
define('reallyExit', binding.reallyExit);
define('_kill', binding.kill);
define('cpuUsage', perThread.cpuUsage);
define('threadCpuUsage', perThread.threadCpuUsage);
define('resourceUsage', perThread.resourceUsage);
define('memoryUsage', perThread.memoryUsage);
define('constrainedMemory', () => 0);
define('availableMemory', () => require('os').freemem());
define('kill', perThread.kill);
define('_kill', binding.kill);
define('exit', function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', normalizedExitCode());
  }
  if (require('internal/options').getOptionValue('--trace-exit')) traceExit(normalizedExitCode());
  // Through the property, which a program may replace (node calls it so too).
  process.reallyExit(normalizedExitCode());
});

// --trace-exit: where process.exit() was called, on stderr, as node reports it.
function traceExit(code) {
  const holder = {};
  // From process.exit() down, as node shows it: exit is the top frame, and counts
  // towards Error.stackTraceLimit.
  Error.captureStackTrace(holder, traceExit);
  const frames = `${holder.stack}`.split('\n').slice(1).join('\n');
  const { threadId } = internalBinding('worker');
  const who = threadId === 0 ? `node:${process.pid}` : `node:${process.pid}, thread:${threadId}`;
  internalBinding('fs').writeString(2, `(${who}) WARNING: Exited the environment with code ${code}\n${frames}\n`);
}
define('hrtime', perThread.hrtime);
define('getuid', perThread.getuid);
define('geteuid', perThread.geteuid);
define('getgid', perThread.getgid);
define('getegid', perThread.getegid);
define('getgroups', perThread.getgroups);
if (internalBinding('worker').isMainThread) {
  for (const name of ['initgroups', 'setegid', 'seteuid', 'setgid', 'setgroups', 'setuid']) {
    define(name, (...args) => require('internal/process/credentials')[name](...args));
  }
  define('execve', function execve(execPath, args = [], env = process.env) {
    return require('internal/process/execve').execve(execPath, args, env);
  });
} else {
  define('execve', () => {
    throw new (require('internal/errors').codes.ERR_WORKER_UNSUPPORTED_OPERATION)('process.execve');
  });
}
// V8's --enable-sharedarraybuffer-per-context: no context gets the global
// SharedArrayBuffer unless its embedder adds it (node adds none).
if (require('internal/options').permissionEnabled) require('internal/process/permission').defineProcessPermission();
if (require('internal/options').getOptionValue('--enable-sharedarraybuffer-per-context')) {
  delete globalThis.SharedArrayBuffer;
}
define('features', {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: true, tls: true, openssl_is_boringssl: false, cached_builtins: true,
  require_module: require('internal/options').getOptionValue('--experimental-require-module', true),
  typescript: false,
}, false, false);
// Set by node:domain once a domain is used.
define('domain', null);
define('_fatalException', (err) => execution().onUncaught(err) === 0);
define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
  return execution().setUncaughtExceptionCaptureCallback(fn);
});
define('hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() {
  return execution().hasUncaughtExceptionCaptureCallback();
});
define('emitWarning', function emitWarning(warning, type, code, ctor) {
  return warnings().emitProcessWarning(warning, type, code, ctor);
});
define('nextTick', taskQueues.nextTick);
define('_tickCallback', taskQueues.processTicksAndRejections);
define('abort', binding.abort);
define('umask', perThread.umask);
define('chdir', perThread.chdir);
define('cwd', perThread.cwd);
// The process's environment. A worker's own (a copy of its parent's, or with
// SHARE_ENV this one) is set by internal/main/worker_thread before any of its code
// runs: until then a read makes this one.
const processEnv = () => require('internal/process/env').makeEnv(binding.makeEnvObject());
if (internalBinding('worker').isMainThread) {
  define('env', processEnv());
} else {
  Object.defineProperty(process, 'env', {
    get() {
      const env = processEnv();
      define('env', env);
      return env;
    },
    set(value) {
      define('env', value);
    },
    enumerable: true,
    configurable: true,
  });
}
define('argv', binding.argv.slice());
define('execArgv', binding.execArgv);
define('pid', binding.pid, false);
define('ppid', binding.ppid);
define('execPath', binding.execPath);
define('argv0', binding.argv[0], false, false);
define('_preload_modules', options.requires.slice(), false);
// node's inspector and embedder entry points: see internal/process/debug.
const debug = () => require('internal/process/debug');
let debugPort = 9229;
Object.defineProperty(process, 'debugPort', {
  get() { return debugPort; },
  set(value) { debugPort = debug().debugPortFrom(value); },
  enumerable: true,
  configurable: true,
});
// The debugger and profiler entry points are the main thread's: a worker has none.
if (internalBinding('worker').isMainThread) {
  Object.assign(process, {
    _debugProcess(pid) { debug().debugProcess(pid); },
    _debugEnd() {},
    _startProfilerIdleNotifier() {},
    _stopProfilerIdleNotifier() {},
  });
}
process._linkedBinding = function _linkedBinding(name) { return debug().linkedBinding(name); };
define('loadEnvFile', (path = undefined) => require('internal/process/env_file').loadEnvFile(path));
define('getBuiltinModule', (id) => require('internal/modules/builtin_access').getBuiltinModule(id));
define('ref', (maybeRefable) => maybeRefable?.[Symbol.for('nodejs.ref')]?.() ?? maybeRefable?.ref?.());
define('unref', (maybeRefable) => maybeRefable?.[Symbol.for('nodejs.unref')]?.() ?? maybeRefable?.unref?.());
define('getActiveResourcesInfo', () => require('internal/process/active_resources').getActiveResourcesInfo());
define('_getActiveHandles', () => require('internal/process/active_resources').getActiveHandles());
define('_getActiveRequests', () => require('internal/fs/run').pendingRequests());
define('allowedNodeEnvironmentFlags', new Set());
Object.defineProperty(process, 'sourceMapsEnabled', {
  get: () => require('internal/modules/source_maps').getSourceMapsSupport().enabled,
  enumerable: true,
  configurable: true,
});
define('setSourceMapsEnabled', function setSourceMapsEnabled(enabled) {
  require('internal/modules/source_maps').setSourceMapsEnabled(enabled);
});
// Loaded on first use, then an ordinary property (as node's lazy accessor).
Object.defineProperty(process, 'finalization', {
  get() {
    const value = require('internal/process/finalization');
    define('finalization', value);
    return value;
  },
  set(value) {
    define('finalization', value);
  },
  enumerable: true,
  configurable: true,
});
// The diagnostic report object, made on first use (as node's getter).
let report;
Object.defineProperty(process, 'report', {
  get() {
    report ??= require('internal/process/report').report;
    return report;
  },
  enumerable: true,
  configurable: true,
});
define('binding', (name) => require('internal/process/legacy_binding').binding(name));
define('dlopen', function dlopen(...args) {
  return require('internal/process/per_thread').dlopen(...args);
});
if (options.noDeprecation) define('noDeprecation', true);
if (options.throwDeprecation) define('throwDeprecation', true);
if (options.traceDeprecation) define('traceDeprecation', true);
if (options.traceWarnings) define('traceProcessWarnings', true);

Object.defineProperty(process, 'title', {
  get() { return binding.getTitle(); },
  set(value) {
    binding.setTitle(String(value));
    if (internalBinding('trace_events').active()) require('internal/trace_events/startup').traceTitle();
  },
  enumerable: true,
  configurable: true,
});
if (options.title !== null) binding.setTitle(options.title);

// process.stdout/stderr/stdin are built on first use. Touching stdout or stderr also
// tells the global console to stop writing to the file descriptor directly.
function lazyProcessProperty(name, load) {
  const touch = () => {
    if (name !== 'stdin') require('internal/console/direct_write').markTouched(name);
  };
  let value;
  Object.defineProperty(process, name, {
    // A getter alone, as in node: assigning process.stdout throws in strict code,
    // while Object.defineProperty can still replace it.
    get() {
      if (value === undefined) {
        touch();
        value = load();
      }
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
lazyProcessProperty('stdout', () => require('internal/process/stdio').getStdout());
lazyProcessProperty('stderr', () => require('internal/process/stdio').getStderr());
lazyProcessProperty('stdin', () => require('internal/process/stdio').getStdin());
// The old way to read stdin: resumes it and returns it.
define('openStdin', () => {
  process.stdin.resume();
  return process.stdin;
});

function normalizedExitCode() {
  const code = process.exitCode;
  if (code === undefined || code === null) return 0;
  return Number(code) | 0;
}

// Signal listeners start and stop libuv signal watchers, unref'd as in node. The
// signal numbers are read on first use (the constants binding is large to build).
let signalNumbers;
const signals = () => (signalNumbers ??= internalBinding('constants').os.signals);
binding.setSignalHandler((signum) => {
  const numbers = signals();
  const name = Object.keys(numbers).find((k) => numbers[k] === signum && k !== 'SIGIOT' && k !== 'SIGPOLL');
  process.emit(name, name, signum);
});
// process's own listeners are put in place as `on` puts them (a lone listener is
// stored bare), without the 'newListener' events `on` would emit for the second
// and third: the first ignores them, and emitting them made every start-up, a
// worker's on its way to 'online' too, compile the emit path (~1.2M instructions).
const ownListeners = process._events;
// 'multipleResolves' (deprecated) needs new Promise observed while it has listeners.
let warnedMultipleResolves = false;
function watchMultipleResolves(on) {
  const { state, refreshPromiseHooks } = require('internal/async_hooks');
  state.multipleResolves = on;
  refreshPromiseHooks();
  if (on && !warnedMultipleResolves) {
    warnedMultipleResolves = true;
    process.emitWarning('The multipleResolves event has been deprecated.', 'DeprecationWarning', 'DEP0160');
  }
}
ownListeners.newListener = (type) => {
  if (type === 'multipleResolves' && process.listenerCount(type) === 0) watchMultipleResolves(true);
  if (typeof type === 'string' && type.startsWith('SIG') && signals()[type] !== undefined &&
      process.listenerCount(type) === 0) {
    const err = binding.watchSignal(signals()[type], true);
    if (err) throw require('internal/errors').errnoException(err, 'uv_signal_start');
    binding.refSignal(signals()[type], false);
  }
};
ownListeners.removeListener = (type) => {
  if (type === 'multipleResolves' && process.listenerCount(type) === 0) watchMultipleResolves(false);
  if (typeof type === 'string' && type.startsWith('SIG') && signals()[type] !== undefined &&
      process.listenerCount(type) === 0) {
    binding.watchSignal(signals()[type], false);
  }
};

process._eventsCount = 2;
if (!options.noWarnings) {
  ownListeners.warning = function onWarning(warning) {
    warnings().onWarning(warning);
  };
  process._eventsCount = 3;
}

// --- globals --------------------------------------------------------------------

require('internal/bootstrap/globals');
if (options.exposeGC) {
  Object.defineProperty(globalThis, 'gc', {
    value: function gc() { binding.gc(); }, writable: true, enumerable: true, configurable: false,
  });
}

// --- hand-off to C ----------------------------------------------------------------

// The rejection module loads on the first unhandled rejection.
let promises;
builtins.setRejectionHandler((promise, reason) => {
  if (promises === undefined) {
    promises = require('internal/process/promises');
    promises.setMode(options.unhandledRejections);
  }
  promises.onUnhandledRejection(promise, reason);
});
builtins.setCallbacks({
  processTicks: taskQueues.processTicksAndRejections,
  onUncaught(err, origin) {
    // A program that replaced process._fatalException with a non-function gets
    // the error reported and exit code 6, as in node (on stderr even in a
    // worker, whose parent sees no 'error' then).
    if (typeof process._fatalException !== 'function' && origin !== 'unhandledRejection') {
      execution().reportFatal(err, false, true);
      return 6;
    }
    return execution().onUncaught(err, origin);
  },
  runCallback: taskQueues.runCallback,
  tickInfo: taskQueues.tickInfo,
});

// A worker's entry is its own (internal/main/run_main.js, which chooses the main
// thread's, is only compiled when a worker has -r modules or eval code to run).
function runMain() {
  const worker = internalBinding('worker');
  if (worker.isMainThread && options.tracing) {
    require('internal/trace_events/startup').startMainThread();
  }
  if (worker.isMainThread) require('internal/main/run_main').run(options);
  else require('internal/main/worker_thread').run(worker, options);
  // --trace-sync-io: from the event loop's first turn on (the main script's own
  // synchronous I/O is expected), as node does.
  if (options.flags.includes('--trace-sync-io')) require('internal/fs/run').syncIO.traced = true;
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', normalizedExitCode());
}

// An 'exit' listener that throws is an uncaught exception: the later listeners are
// skipped, and when an 'uncaughtException' handler takes it the process exits with
// its exit code as it was, as in node.
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', normalizedExitCode());
    } catch (err) {
      const code = execution().onUncaught(err, 'uncaughtException');
      if (code !== 0) return code;
    }
  }
  return normalizedExitCode();
}

module.exports = { runMain, emitBeforeExit, emitExit };
