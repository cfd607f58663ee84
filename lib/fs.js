'use strict';
// node:fs. Every operation is defined once in lib/internal/fs/ops.js; this file
// gives each its callback and *Sync forms (fs/promises gives the promise form).

const ops = require('internal/fs/ops');
const { Call, runSync, runCallback, runCallbackFrom } = require('internal/fs/run');
const { validateFunction, validateInteger } = require('internal/validators');
const { defineLazyGetter, defineLazyProperty, deprecate, kCustomPromisifyArgsSymbol } = require('internal/util');
const {
  Dirent, Stats, fsConstants, getValidatedPath,
} = require('internal/fs/utils');

const constants = { __proto__: null };
for (const k of Object.keys(fsConstants)) {
  if (!k.startsWith('EXTENSIONLESS')) constants[k] = fsConstants[k];
}
Object.freeze(constants);

const identity = (v) => v;
const plain = (cb, v) => cb(null, v);
const none = (cb) => cb(null);

// Registers name (callback) and nameSync from one operation. `deliver` passes a
// success to the callback (node gives some callbacks several values); `fromSync`
// shapes the value the sync form returns. With `argsFirst` the arguments are
// validated before the callback is checked, which is node's order for those calls.
function define(name, op, deliver = plain, fromSync = identity,
                { argsFirst = false, optionalCallback, syncOp = op, precheck } = {}) {
  const fns = {
    [name](...args) {
      // The callback is the last argument when it is a function, or when more
      // arguments came than the operation takes; else it is missing.
      const last = args[args.length - 1];
      let cb = typeof last === 'function' || args.length > op.length ? args.pop() : undefined;
      if (cb === undefined && optionalCallback) cb = optionalCallback;
      if (precheck) precheck(...args);
      if (!argsFirst) validateFunction(cb, 'cb');
      const run = op(...args);
      // A generator validates in its first step.
      const first = argsFirst && !(run instanceof Call) ? run.next() : undefined;
      if (argsFirst) validateFunction(cb, 'cb');
      runCallbackFrom(run, first, (err, value) => (err ? cb(err) : deliver(cb, value)));
    },
    [`${name}Sync`](...args) {
      return fromSync(runSync(syncOp(...args)));
    },
  };
  module.exports[name] = fns[name];
  module.exports[`${name}Sync`] = fns[`${name}Sync`];
}

const argsFirst = { argsFirst: true };
// truncate and ftruncate check len, then the callback, then the rest (node's order).
const lenFirst = { precheck: (target, len) => { if (len !== undefined) validateInteger(len, 'len'); } };
// fs.close(fd) without a callback throws a failure from the loop, as node does.
const closeDefault = { argsFirst: true, optionalCallback: (err) => { if (err) throw err; } };

module.exports = {};

define('access', ops.access, none, identity, argsFirst);
define('appendFile', ops.appendFile, none);
define('chmod', ops.chmod, none, identity, argsFirst);
define('chown', ops.chown, none);
// A worker started with trackUnmanagedFds (the default) counts the descriptors
// fs.open()/openSync() give and close()/closeSync() take, and closes the ones
// left when it exits (see internal/fs/unmanaged_fds.js).
const unmanagedFds = require('internal/fs/unmanaged_fds');
function closeTracked(fd) {
  unmanagedFds.tracker?.closed(fd);
  return ops.close(fd);
}
define('close', closeTracked, none, identity, { ...closeDefault, syncOp: closeTracked });
define('copyFile', ops.copyFile, none, identity, argsFirst);
define('fchmod', ops.fchmod, none, identity, argsFirst);
define('fchown', ops.fchown, none, identity, argsFirst);
define('fdatasync', ops.fdatasync, none);
define('fstat', ops.fstat);
define('fsync', ops.fsync, none);
define('ftruncate', ops.ftruncate, none, identity, lenFirst);
define('futimes', ops.futimes, none, identity, argsFirst);
define('lchown', ops.lchown, none);
define('link', ops.link, none);
define('lstat', ops.lstat);
define('lutimes', ops.lutimes, none);
define('mkdir', ops.mkdir);
define('mkdtemp', ops.mkdtemp);
define('open', ops.open, (cb, fd) => {
  unmanagedFds.tracker?.opened(fd);
  cb(null, fd);
}, (fd) => {
  unmanagedFds.tracker?.opened(fd);
  return fd;
}, argsFirst);
// readSync has no (fd, options) form: its second argument is always the buffer.
function* readSyncOp(fd, buffer, ...rest) {
  if (!ArrayBuffer.isView(buffer)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return yield* ops.read(fd, buffer, ...rest);
}
define('read', ops.read, (cb, r) => cb(null, r.bytesRead, r.buffer), (r) => r.bytesRead,
  { argsFirst: true, syncOp: readSyncOp });
define('readFile', ops.readFile);
define('readdir', ops.readdir);
define('readlink', ops.readlink);
define('readv', ops.readv, (cb, r) => cb(null, r.bytesRead, r.buffers), (r) => r.bytesRead, argsFirst);
define('realpath', ops.realpath);
define('rename', ops.rename, none);
define('rm', ops.rm, none, identity, argsFirst);
define('rmdir', ops.rmdir, none);
define('stat', ops.stat);
define('statfs', ops.statfs);
define('symlink', ops.symlink, none);
define('truncate', ops.truncate, none, identity, lenFirst);
define('unlink', ops.unlink, none);
define('utimes', ops.utimes, none);
define('write', ops.write, (cb, r) => cb(null, r.bytesWritten, r.buffer), (r) => r.bytesWritten, argsFirst);
define('writeFile', ops.writeFile, none);
define('writev', ops.writev, (cb, r) => cb(null, r.bytesWritten, r.buffers), (r) => r.bytesWritten, argsFirst);

// The synchronous forms called in loops take a shorter path (same behaviour), and so
// do the common shapes of the callback forms (the others go to the general ones).
const { readWriteSync, ...fastSync } = require('internal/fs/fast_sync');
Object.assign(module.exports, fastSync, readWriteSync({ ...module.exports }));
Object.assign(module.exports, require('internal/fs/fast_async').fastForms({ ...module.exports }));

// util.promisify(fs.read) and friends resolve to { bytesRead, buffer } etc.: the
// names of the callback's values, on a symbol util.promisify reads (the symbol is
// internal/util's: util.promisify loads only when a program promisifies).
for (const [name, names] of [['read', ['bytesRead', 'buffer']], ['write', ['bytesWritten', 'buffer']],
  ['readv', ['bytesRead', 'buffers']], ['writev', ['bytesWritten', 'buffers']]]) {
  Object.defineProperty(module.exports[name], kCustomPromisifyArgsSymbol, { value: names, enumerable: false });
}

module.exports.realpath.native = function realpath(...args) {
  const cb = args.pop();
  validateFunction(cb, 'cb');
  runCallback(ops.realpathNative(...args), (err, value) => (err ? cb(err) : cb(null, value)));
};
module.exports.realpathSync.native = function realpathSync(...args) {
  return runSync(ops.realpathNative(...args));
};

// exists(path, cb) calls back with one boolean and no error.
function exists(path, callback) {
  validateFunction(callback, 'cb');
  runCallback(ops.exists(path), (err, value) => callback(!err && value));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: Object.defineProperty((path) => new Promise((resolve) => exists(path, resolve)),
    'name', { value: 'exists', configurable: true }),
  enumerable: false, configurable: true, writable: true,
});

function existsSync(path) {
  try {
    getValidatedPath(path);
  } catch (err) {
    // Only a wrong type is deprecated; a bad value (a NUL byte, a non-file URL) is not.
    if (err?.code === 'ERR_INVALID_ARG_TYPE') warnExistsSyncType();
    return false;
  }
  try {
    return runSync(ops.exists(path));
  } catch (err) {
    // A path the permission model refuses throws, as in node.
    if (err?.code === 'ERR_ACCESS_DENIED') throw err;
    return false;
  }
}
const warnExistsSyncType = deprecate(() => {}, 'Passing invalid argument types to fs.existsSync is deprecated',
                                     'DEP0187');

Object.assign(module.exports, {
  exists,
  existsSync,
  constants,
  // lchmod exists only where the system has it (macOS); node lists it as undefined.
  lchmod: undefined,
  lchmodSync: undefined,
  Stats: deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180'),
  Dirent,
  _toUnixTimestamp: require('internal/fs/utils').toUnixTimestamp,
});

// node's constants cannot be replaced or redefined.
Object.defineProperty(module.exports, 'constants', { writable: false, configurable: false });

// The legacy access constants, deprecated getters in node (DEP0176).
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(module.exports, k, {
    get: require('internal/util').deprecate(() => constants[k],
      `fs.${k} is deprecated, use fs.constants.${k} instead`, 'DEP0176'),
    enumerable: false, configurable: false,
  });
}

// mkdtempDisposableSync: a temporary directory removed by remove() or `using`.
function mkdtempDisposableSync(prefix, options) {
  const path = module.exports.mkdtempSync(prefix, options);
  // Resolved now: a later chdir() must not change what remove() removes.
  const absolute = typeof path === 'string' ? require('path').resolve(path) : path;
  const remove = () => module.exports.rmSync(absolute, { recursive: true, force: true });
  return { path, remove, [Symbol.dispose]: remove };
}
module.exports.mkdtempDisposableSync = mkdtempDisposableSync;

function lazy(name, id, prop = name) {
  defineLazyProperty(module.exports, name, () => require(id)[prop]);
}

// node defines promises and Utf8Stream with a getter alone; the rest are assignable.
defineLazyGetter(module.exports, 'promises', () => require('internal/fs/promises').exports);
lazy('Dir', 'internal/fs/dir');
lazy('opendir', 'internal/fs/dir');
lazy('opendirSync', 'internal/fs/dir');
lazy('cp', 'internal/fs/cp');
lazy('cpSync', 'internal/fs/cp');
lazy('glob', 'internal/fs/glob_fs');
lazy('globSync', 'internal/fs/glob_fs');
lazy('openAsBlob', 'internal/fs/blob');
lazy('watch', 'internal/fs/watchers');
lazy('watchFile', 'internal/fs/watchers');
lazy('unwatchFile', 'internal/fs/watchers');
lazy('ReadStream', 'internal/fs/streams');
lazy('WriteStream', 'internal/fs/streams');
defineLazyGetter(module.exports, 'Utf8Stream', () => require('internal/fs/utf8_stream').Utf8Stream);
lazy('FileReadStream', 'internal/fs/streams', 'ReadStream');
lazy('FileWriteStream', 'internal/fs/streams', 'WriteStream');
lazy('createReadStream', 'internal/fs/streams');
lazy('createWriteStream', 'internal/fs/streams');

void getValidatedPath;
