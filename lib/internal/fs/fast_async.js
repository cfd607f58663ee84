'use strict';
// The callback and promise forms programs call in loops (fs.read, fs.write, fs.open,
// fs.close, fs.stat and kin, fs.readFile, fs.promises.readFile), each one native call
// given one FSReqCallback: no rest arguments, generator, Call or argument array in
// between, which cost three times the syscall's own main-thread work on a small
// fs.read. They take the common argument shapes and hand anything else to the
// general operation (lib/fs.js's define over lib/internal/fs/ops.js), and they
// validate and fail exactly as it does (same order, same errors): a fast path runs
// the same validators in the same order, or checks that the general path would pass
// every check before taking the shortcut.

const binding = require('internal/fs/binding');
const { FSReqCallback, callError, kPromiseDone } = require('internal/fs/run');
const ops = require('internal/fs/ops');
const { kEmptyObject } = require('internal/util');
const { validateFunction } = require('internal/validators');
const {
  bufferOf, fsConstants, getStatsFromBinding, getValidatedFd, getValidatedPath, parseFileMode,
  stringToFlags,
} = require('internal/fs/utils');
const unmanagedFds = require('internal/fs/unmanaged_fds');

const { statValues } = binding;
const { O_RDONLY } = fsConstants;

function isInt32(v) {
  return typeof v === 'number' && v === (v | 0);
}

// Sends the request; a call libuv refused before queueing completes on the next tick.
function submit(req, r) {
  if (r !== undefined) process.nextTick(() => req.oncomplete(r));
}

// --- what each result becomes (req.finish); callbacks are called without a `this` ---

// A failed read or write still passes 0 and the buffer, as node's does.
function readFinish(req, r) {
  const cb = req.done;
  if (r < 0) cb(callError(r, 'read'), 0, req.data);
  else cb(null, r, req.data);
}

function writeFinish(req, r) {
  const cb = req.done;
  if (r < 0) cb(callError(r, 'write'), 0, req.data);
  else cb(null, r, req.data);
}

function openFinish(req, r) {
  const cb = req.done;
  if (r < 0) return cb(callError(r, 'open', req.path));
  unmanagedFds.tracker?.opened(r);
  cb(null, r);
}

function closeFinish(req, r) {
  const cb = req.done;
  if (r < 0) cb(callError(r, 'close'));
  else cb(null);
}

// stat, lstat, fstat: the syscall's name is req.data; the Stats come from the shared
// statValues the binding has just filled.
function statFinish(req, r) {
  const cb = req.done;
  if (r < 0) cb(callError(r, req.data, req.path));
  else cb(null, getStatsFromBinding(statValues, false));
}

function bigStatFinish(req, r) {
  const cb = req.done;
  if (r < 0) cb(callError(r, req.data, req.path));
  else cb(null, getStatsFromBinding(statValues, true));
}

// readFile's one native call fails as node reports (a directory in its read, a file
// over 2 GiB with ERR_FS_FILE_TOO_LARGE: ops.readFileError).
function readFileError(r, path) {
  return ops.readFileError(r, path) ?? callError(r, 'open', path);
}

function readFileFinish(req, r) {
  const cb = req.done;
  if (typeof r === 'number') cb(readFileError(r, req.path));
  else cb(null, typeof r === 'string' ? r : bufferOf(r));
}

// The promise forms: done is resolve and data is reject.
function readFilePromiseFinish(req, r) {
  if (typeof r === 'number') req.data(readFileError(r, req.path));
  else req.done(typeof r === 'string' ? r : bufferOf(r));
}
readFilePromiseFinish[kPromiseDone] = true;

function readPromiseFinish(req, r) {
  if (r < 0) req.data(callError(r, 'read'));
  else req.done({ __proto__: null, bytesRead: r, buffer: req.path });
}
readPromiseFinish[kPromiseDone] = true;

// What readFile's options ask for: 0 bytes, 1 UTF-8 text, -1 anything else (other
// encodings, a flag, a signal: the general path). A plain options object counts by
// its own properties, as the general path copies them.
function readFileKind(options) {
  if (options == null) return 0;
  if (options === 'utf8' || options === 'utf-8') return 1;
  if (typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return -1;
  const { encoding, flag, signal } = options;
  if (flag !== undefined || signal !== undefined || !Object.hasOwn(options, 'encoding')) {
    return encoding === undefined && flag === undefined && signal === undefined ? 0 : -1;
  }
  if (encoding == null) return 0;
  return encoding === 'utf8' || encoding === 'utf-8' ? 1 : -1;
}

// --- the operations ------------------------------------------------------------------

// The fast forms of `slow` (lib/fs.js's general functions, which the shapes not
// handled here go to).
function fastForms(slow) {
  // read(fd, buffer, offset, length, position, callback) with a Uint8Array and
  // in-range integers: every check of the general path passes.
  function read(fd, buffer, offsetOrOptions, length, position, callback) {
    if (arguments.length === 6 && typeof callback === 'function' && isInt32(fd) && fd >= 0 &&
        buffer instanceof Uint8Array && isInt32(offsetOrOptions) && offsetOrOptions >= 0 &&
        isInt32(length) && length > 0 && offsetOrOptions + length <= buffer.byteLength &&
        (position == null || (isInt32(position) && position >= -1))) {
      const req = new FSReqCallback(readFinish, null, null, callback, buffer, undefined);
      submit(req, binding.read(fd, buffer, offsetOrOptions, length, position ?? -1, req));
      return;
    }
    return Reflect.apply(slow.read, this, arguments);
  }

  // write(fd, buffer, offset, length, position, callback), as read.
  function write(fd, buffer, offsetOrOptions, length, position, callback) {
    if (arguments.length === 6 && typeof callback === 'function' && isInt32(fd) && fd >= 0 &&
        buffer instanceof Uint8Array && isInt32(offsetOrOptions) && offsetOrOptions >= 0 &&
        isInt32(length) && length >= 0 && offsetOrOptions + length <= buffer.byteLength &&
        (position == null || (isInt32(position) && position >= -1))) {
      const req = new FSReqCallback(writeFinish, null, null, callback, buffer, undefined);
      submit(req, binding.write(fd, buffer, offsetOrOptions, length, position ?? -1, req));
      return;
    }
    return Reflect.apply(slow.write, this, arguments);
  }

  // open(path[, flags[, mode]], callback): the general path's validators, in its
  // order (path, flags, mode, then the callback, which is a function here).
  function open(path, flags, mode, callback) {
    const n = arguments.length;
    const cb = n === 4 ? callback : n === 3 ? mode : flags;
    // With fewer than three arguments the second is the callback, whatever it is.
    if (typeof cb !== 'function' && n > 2) return Reflect.apply(slow.open, this, arguments);
    if (n < 4) mode = undefined;
    if (n < 3) flags = undefined;
    path = getValidatedPath(path);
    if (n < 3) validateFunction(cb, 'cb');
    flags = stringToFlags(flags);
    mode = parseFileMode(mode, 'mode', 0o666);
    const req = new FSReqCallback(openFinish, null, null, cb, undefined, path);
    submit(req, binding.open(path, flags, mode, req));
  }

  // close(fd, callback): counted as closed first, as the general path does.
  function close(fd, callback) {
    if (arguments.length !== 2 || typeof callback !== 'function') {
      return Reflect.apply(slow.close, this, arguments);
    }
    unmanagedFds.tracker?.closed(fd);
    fd = getValidatedFd(fd);
    const req = new FSReqCallback(closeFinish, null, null, callback, undefined, undefined);
    submit(req, binding.close(fd, req));
  }

  // stat/lstat(path[, options], callback) and fstat(fd[, options], callback): the
  // callback is checked first, then the options and the target, as in general.
  function statForm(fn, syscall, slowFn, isFd) {
    return function(target, options, callback) {
      const n = arguments.length;
      const cb = n === 3 ? callback : n === 2 ? options : undefined;
      if (typeof cb !== 'function') return Reflect.apply(slowFn, this, arguments);
      if (n < 3 || options == null || typeof options === 'function') options = kEmptyObject;
      target = isFd ? getValidatedFd(target) : getValidatedPath(target);
      const req = new FSReqCallback(options.bigint ? bigStatFinish : statFinish, null, null, cb, syscall,
        isFd ? undefined : target);
      submit(req, fn(target, req));
    };
  }
  const stat = statForm(binding.stat, 'stat', slow.stat, false);
  const lstat = statForm(binding.lstat, 'lstat', slow.lstat, false);
  const fstat = statForm(binding.fstat, 'fstat', slow.fstat, true);

  // readFile(path[, 'utf8'], callback) for a path: one native open-read-close.
  function readFile(path, options, callback) {
    const n = arguments.length;
    const cb = n === 3 ? callback : n === 2 ? options : undefined;
    if (typeof cb !== 'function' || typeof path !== 'string') {
      return Reflect.apply(slow.readFile, this, arguments);
    }
    const kind = n === 2 ? 0 : readFileKind(options);
    if (kind < 0) return Reflect.apply(slow.readFile, this, arguments);
    path = getValidatedPath(path);
    const req = new FSReqCallback(readFileFinish, null, null, cb, undefined, path);
    submit(req, binding.readFile(path, O_RDONLY, kind, req));
  }

  // Named and counted as node's functions are.
  for (const [fn, name, length] of [[stat, 'stat', 1], [lstat, 'lstat', 1], [fstat, 'fstat', 1],
    [close, 'close', 1]]) {
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(fn, 'length', { value: length });
  }
  return { read, write, open, close, stat, lstat, fstat, readFile };
}

// fs.promises.readFile(path[, 'utf8']) for a path; undefined for other shapes.
function readFilePromise(path, options) {
  if (typeof path !== 'string') return undefined;
  const kind = readFileKind(options);
  if (kind < 0) return undefined;
  return new Promise((resolve, reject) => {
    path = getValidatedPath(path); // a failure rejects, as node's promise API does
    const req = new FSReqCallback(readFilePromiseFinish, null, null, resolve, reject, path);
    submit(req, binding.readFile(path, O_RDONLY, kind, req));
  });
}

// FileHandle.read(buffer, offset, length, position) with a Uint8Array and in-range
// integers, on an open descriptor; undefined for other shapes.
function readPromise(fd, buffer, offset, length, position) {
  if (!(buffer instanceof Uint8Array)) return undefined;
  length ??= buffer.byteLength - offset;
  if (!isInt32(offset) || offset < 0 || !isInt32(length) ||
      length <= 0 || offset + length > buffer.byteLength ||
      !(position == null || (isInt32(position) && position >= -1))) return undefined;
  return new Promise((resolve, reject) => {
    const req = new FSReqCallback(readPromiseFinish, null, null, resolve, reject, buffer);
    submit(req, binding.read(fd, buffer, offset, length, position ?? -1, req));
  });
}

module.exports = { fastForms, readFilePromise, readPromise };
