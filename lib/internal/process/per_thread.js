'use strict';
// The methods of the process object that wrap internalBinding('process').

const binding = internalBinding('process');
// The code classes are read where an error is thrown (see internal/validators).
const { codes, errnoException, uvException } = require('internal/errors');
const { validateArray, validateInteger, validateNumber, validateObject, validateString } =
  require('internal/validators');

// binding.hrtime writes [seconds high 32 bits, seconds low 32 bits, nanoseconds]
// through a Uint8Array (the binding reads a Uint8Array's bytes directly; any other
// view goes through the engine's slower public API), read here as 32-bit values.
const hrBytes = new Uint8Array(12);
const hrValues = new Uint32Array(hrBytes.buffer);

function hrtime(time) {
  binding.hrtime(hrBytes);
  const sec = hrValues[0] * 0x100000000 + hrValues[1];
  const nsec = hrValues[2];
  if (time !== undefined) {
    validateArray(time, 'time');
    if (time.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    const s = sec - time[0];
    const ns = nsec - time[1];
    return [ns < 0 ? s - 1 : s, ns < 0 ? ns + 1e9 : ns];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return binding.hrtimeBigInt();
};

// process.cpuUsage() and threadCpuUsage(): [user, system] microseconds, minus
// prevValue's when given.
function usageSince(user, system, prevValue) {
  if (prevValue === undefined) return { user, system };
  validateObject(prevValue, 'prevValue');
  for (const key of ['user', 'system']) {
    const value = prevValue[key];
    validateNumber(value, `prevValue.${key}`);
    if (value < 0 || !Number.isFinite(value)) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, value);
    }
  }
  return { user: user - prevValue.user, system: system - prevValue.system };
}

function cpuUsage(prevValue) {
  const r = binding.resourceUsage();
  return usageSince(r[0], r[1], prevValue);
}

function threadCpuUsage(prevValue) {
  const [user, system] = binding.threadCpuUsage();
  return usageSince(user, system, prevValue);
}

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = function rss() {
  return binding.rss();
};

function resourceUsage() {
  const r = binding.resourceUsage();
  return {
    userCPUTime: r[0], systemCPUTime: r[1], maxRSS: r[2], sharedMemorySize: r[3],
    unsharedDataSize: r[4], unsharedStackSize: r[5], minorPageFault: r[6],
    majorPageFault: r[7], swappedOut: r[8], fsRead: r[9], fsWrite: r[10],
    ipcSent: r[11], ipcReceived: r[12], signalsCount: r[13],
    voluntaryContextSwitches: r[14], involuntaryContextSwitches: r[15],
  };
}

function signalNumber(sig) {
  const { signals } = internalBinding('constants').os;
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string') {
    const n = signals[sig];
    if (n === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    return n;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('signal', ['string', 'number'], sig);
}

// Sends through process._kill, which programs (and node's tests) may replace.
function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  const err = process._kill(pid, sig === 0 ? 0 : signalNumber(sig));
  if (err) throw errnoException(err, 'kill');
  return true;
}

const octalRe = /^[0-7]+$/;
function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!octalRe.test(mask)) {
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  } else {
    validateInteger(mask, 'mask', 0, 0xFFFFFFFF);
  }
  return binding.umask(mask);
}

// The working directory changes only through chdir() here, so it is read once and
// kept (as node does): path.resolve() of a relative path asks for it every time.
let cachedCwd = '';

function cwd() {
  if (cachedCwd !== '') return cachedCwd;
  const r = binding.cwd();
  if (typeof r === 'number') throw uvException({ errno: r, syscall: 'uv_cwd' });
  cachedCwd = r;
  return r;
}

function chdir(directory) {
  validateString(directory, 'directory');
  if (require('internal/options').permissionEnabled) require('internal/process/permission').checkRead(directory);
  cachedCwd = '';
  const err = binding.chdir(directory);
  if (err) throw uvException({ errno: err, syscall: 'chdir', path: cwd(), dest: directory });
}

function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  validateInteger(code, 'code');
}

function uptime() {
  return binding.uptime();
}

const ids = () => binding.ids();
const getuid = () => ids()[0];
const geteuid = () => ids()[1];
const getgid = () => ids()[2];
const getegid = () => ids()[3];
const getgroups = () => binding.groups();

// process.dlopen(module, filename[, flags]): loads a Node-API addon
// (lib/internal/napi.js). Without flags, src/napi/module.c picks them.
function dlopen(module, filename, flags) {
  if (arguments.length < 2) {
    const err = new TypeError('process.dlopen needs at least 2 arguments');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (require('internal/options').permissionEnabled && !require('internal/process/permission').has('addon')) {
    throw new (require('internal/errors').codes.ERR_DLOPEN_DISABLED)();
  }
  require('internal/napi').dlopen(module, `${filename}`, flags === undefined ? -1 : Number(flags) | 0);
}

// process.execve and process._getActiveHandles/getActiveResourcesInfo are in
// internal/process/execve and internal/process/active_resources, loaded on first
// call: every start-up, a worker's on its way to 'online' too, parsed them here.
module.exports = {
  chdir, cpuUsage, cwd, dlopen, getegid, geteuid, getgid, getgroups, getuid, hrtime, kill, memoryUsage,
  resourceUsage, signalNumber, threadCpuUsage, umask, uptime,
  validateExitCode,
};
