'use strict';
// ChildProcess on internalBinding('process_wrap'): the process handle, its stdio
// pipes (net.Socket over pipe_wrap handles) and the IPC channel
// (internal/child_process/ipc.js). 'close' follows 'exit' once every stdio stream
// the parent reads from has closed, as in node.

const EventEmitter = require('events');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const {
  codes,
  errnoException,
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { publish } = require('internal/diagnostics_channel/builtin');
const { kOwner, readStop } = require('internal/stream_base_commons');
const { permissionEnabled } = require('internal/options');

const { signals } = internalBinding('constants').os;
const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;

function signalName(n) {
  for (const k of Object.keys(signals)) {
    if (signals[k] === n && k !== 'SIGIOT' && k !== 'SIGPOLL') return k;
  }
  return null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal)) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw new codes.ERR_UNKNOWN_SIGNAL(signal);
}

let net;
function createSocket(handle, readable) {
  net ??= require('net');
  // stdin is write-only; the others are read (and, for fds past 2, written) by us.
  return new net.Socket({ handle, readable });
}

// Turns options.stdio into one descriptor per fd:
// { type: 'pipe' | 'overlapped' | 'ignore' | 'fd' | 'wrap' | 'ipc', handle?, fd? }.
// Whether h is a native stream handle (pipe, TCP, TTY): the only kind a child's stdio
// can inherit; anything else is node's ERR_INVALID_ARG_VALUE.
function isStreamHandle(h) {
  if (h === null || typeof h !== 'object') return false;
  const { TCP } = internalBinding('tcp_wrap');
  const { TTY } = internalBinding('tty_wrap');
  return h instanceof Pipe || h instanceof TCP || h instanceof TTY;
}

function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const a = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) a.handle = new Pipe(PipeConstants.SOCKET);
      out.push(a);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        const { ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK } = require('internal/errors').codes;
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      out.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (isStreamHandle(s._handle) || isStreamHandle(s.handle)) {
      out.push({ type: 'wrap', handle: isStreamHandle(s._handle) ? s._handle : s.handle, wrapType: 'pipe' });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        const { ERR_INVALID_SYNC_FORK_INPUT } = require('internal/errors').codes;
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      }
      out.push({ type: 'ignore' });
    } else {
      throw new codes.ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

function toPathIfURL(value) {
  if (value != null && typeof value === 'object' && typeof value.href === 'string') {
    return require('internal/url').fileURLToPath(value);
  }
  return value;
}

function nullCheck(arg, name) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, arg, 'must be a string without null bytes');
  }
}

const isInt32 = (value) => value === (value | 0);
let warnedShellArgs = false;

// node's normalizeSpawnArguments: file, args and options to what Process#spawn
// takes (shared by the async and sync forms).
function normalizeSpawnArguments(file, args, options) {
  const { validateObject, validateBoolean } = require('internal/validators');
  validateString(file, 'file');
  nullCheck(file, 'file');
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) nullCheck(args[i], `args[${i}]`);
  if (options !== undefined) validateObject(options, 'options');
  // Own options only: a property added to Object.prototype (say `cwd`) must not
  // reach the child.
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = toPathIfURL(cwd);
    validateString(cwd, 'options.cwd');
    nullCheck(cwd, 'options.cwd');
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    nullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !warnedShellArgs) {
      warnedShellArgs = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  // Keys from the prototype chain count too, as in node.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      nullCheck(key, `options.env['${key}']`);
      nullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  if (permissionEnabled) {
    const permission = require('internal/process/permission');
    permission.check('ChildProcess', file);
    permission.inheritFlags(envPairs, args);
  }
  return {
    __proto__: null,
    ...options,
    args,
    cwd: cwd || undefined,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// A kill signal option: a name or number turned into a number, undefined kept.
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new codes.ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle[kOwner] = this;
    this._handle.onexit = (exitCode, signalCode) => onExit(this, exitCode, signalCode);
    // 'exit' is reported in the AsyncLocalStorage context the child was spawned in.
    require('internal/async_hooks').captureFrame(this._handle);
    publish('child_process', () => ({ process: this }));
  }

  spawn(options) {
    let i = 0;
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    let stdio = options.stdio || 'pipe';
    stdio = getValidStdio(stdio, false);
    const ipc = stdio.ipc;
    const ipcFd = stdio.ipcFd;
    stdio = options.stdio = stdio.stdio;

    if (options.serialization !== undefined && options.serialization !== 'json' &&
        options.serialization !== 'advanced') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.serialization', options.serialization,
        "must be one of: undefined, 'json', 'advanced'");
    }
    const serialization = options.serialization || 'json';
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else if (!Array.isArray(options.envPairs)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.envPairs', 'Array', options.envPairs);
      }
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }

    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else if (Array.isArray(options.args)) this.spawnargs = options.args;
    else throw new codes.ERR_INVALID_ARG_TYPE('options.args', 'Array', options.args);

    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
      process.nextTick(onErrorNT, this, err);
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else if (err) {
      this._handle.close();
      this._handle = null;
      throw errnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
    }
    this.pid = this._handle.pid;

    for (i = 0; i < stdio.length; i++) {
      const stream = stdio[i];
      if (stream.type === 'ignore') continue;
      if (stream.ipc) {
        this._closesNeeded++;
        continue;
      }
      if (stream.type === 'wrap') {
        // The child reads this handle now: stop it through its socket when it has one,
        // so that the socket knows it is not reading and a later resume() starts it
        // again (pause() alone keeps a socket reading into its buffer, as in node).
        const owner = stream.handle[kOwner];
        stream.handle.reading = false;
        if (owner) {
          readStop(owner);
          owner.pause?.();
          owner.readableFlowing = false;
        }
        stream.handle.readStop();
        continue;
      }
      if (stream.handle) {
        stream.socket = createSocket(this.pid !== 0 ? stream.handle : null, i > 0);
        if (i > 0 && this.pid !== 0) {
          this._closesNeeded++;
          stream.socket.on('close', () => maybeClose(this));
        }
      }
    }

    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = [];
    for (i = 0; i < stdio.length; i++) this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);

    if (ipc !== undefined) {
      require('internal/child_process/ipc').setupChannel(this, ipc, serialization);
      this.once('disconnect', () => maybeClose(this));
    }
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }
}

function onErrorNT(self, err) {
  self._handle.onexit(err, 0);
}

function onExit(self, exitCode, signalCode) {
  if (signalCode) self.signalCode = signalName(signalCode);
  else self.exitCode = exitCode;
  if (self.stdin) self.stdin.destroy();
  if (self._handle) self._handle.close();
  self._handle = null;
  if (exitCode < 0) {
    const syscall = self.spawnfile ? `spawn ${self.spawnfile}` : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (self.spawnfile) err.path = self.spawnfile;
    err.spawnargs = self.spawnargs.slice(1);
    self.emit('error', err);
  } else {
    self.emit('exit', self.exitCode, self.signalCode);
  }
  process.nextTick(flushStdio, self);
  maybeClose(self);
}

// A stdio stream nobody reads would keep 'close' from ever firing: let it flow.
function flushStdio(self) {
  const stdio = self.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function maybeClose(self) {
  self._closesGot++;
  if (self._closesGot === self._closesNeeded) self.emit('close', self.exitCode, self.signalCode);
}

module.exports = {
  ChildProcess,
  normalizeSpawnArguments,
  sanitizeKillSignal,
  validateMaxBuffer,
  validateTimeout,
  getValidStdio,
  convertToValidSignal,
  signalName,
};
