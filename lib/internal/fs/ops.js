'use strict';
// Every node:fs operation, written once. Each is a generator: it validates its
// arguments, yields one Call per syscall and returns the operation's value, and
// lib/internal/fs/run.js drives it synchronously, with a callback or as a promise.
// Multi-step operations (readFile on a path, writeFile, mkdir -p, rm -r, truncate)
// are written here once for all three flavours too.

const binding = require('internal/fs/binding');
const { permissionEnabled } = require('internal/options');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  AbortError, uvException,
} = require('internal/errors');
const {
  validateBoolean, validateInteger, validateObject, validateInt32, validateUint32,
  validateFunction, validateOneOf,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  Dirent, asBuffer, bufferOf, direntTypeFromMode, encode, decode, encodeName, fsConstants,
  getOptions, getStatFsFromBinding, listing, getStatsFromBinding, getValidatedFd, getValidatedPath,
  normalizeEncoding, parseFileMode, pathModule, stringToFlags, toUnixTimestamp,
  validatePosition, validateRmOptions,
} = require('internal/fs/utils');
const { Call, sleep } = require('internal/fs/run');

const { F_OK, O_RDWR, UV_DIRENT_UNKNOWN, UV_DIRENT_DIR, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION } = fsConstants;
const kIoMaxLength = 2 ** 31 - 1;

function isInt32(v) {
  return typeof v === 'number' && v === (v | 0);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// The bytes of a view as a Uint8Array over the same memory (DataViews included).
function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// A step that fails with AbortError when the signal has fired: on the async paths
// after a tick, so an aborted operation still reports through its callback/promise.
function tick(unused, req) {
  if (req === undefined) return 0;
  process.nextTick(() => req.oncomplete(0));
  return undefined;
}
function abortPoint(signal) {
  return new Call(tick, [0], 'abort', undefined, undefined, () => checkAborted(signal));
}

function validMode(mode, name, max) {
  if (mode == null) return 0;
  validateInteger(mode, name);
  if (mode < 0 || mode > max) {
    const err = new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${max}`, mode);
    err.message = `${name} is out of range: >= 0 && <= ${max}`;
    throw err;
  }
  return mode;
}

// --- descriptors ----------------------------------------------------------------------

// Operations of one syscall return their Call (see lib/internal/fs/run.js); the
// others are generators.
function open(path, flags, mode) {
  path = getValidatedPath(path);
  flags = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new Call(binding.open, [path, flags, mode], 'open', path);
}

function close(fd) {
  fd = getValidatedFd(fd);
  return new Call(binding.close, [fd], 'close');
}

// read(fd, buffer, offset, length, position) | (fd, buffer, options) | (fd, options)
function* read(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (buffer == null || (!isArrayBufferView(buffer) && typeof buffer === 'object')) {
    params = buffer ?? kEmptyObject; // (fd, options)
    buffer = params.buffer === undefined ? asBuffer(new Uint8Array(16384)) : params.buffer;
  } else if (arguments.length === 3 || (offsetOrOptions !== null && typeof offsetOrOptions === 'object')) {
    // (fd, buffer, options): a third and last argument must be the options.
    if (offsetOrOptions != null) validateObject(offsetOrOptions, 'options', 1);
    params = offsetOrOptions ?? kEmptyObject;
  } else if (arguments.length === 2) {
    params = kEmptyObject; // (fd, buffer)
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (params !== null) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = params);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { bytesRead: 0, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  position = position == null ? -1 : validatePosition(position, 'position', length);
  const bytesRead = yield new Call(binding.read, [fd, bytesOf(buffer), offset, length, position], 'read');
  return { bytesRead, buffer };
}

// write(fd, buffer, offset, length, position) | (fd, buffer, options) |
// (fd, string, position, encoding)
function* write(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = -1;
    else position = validatePosition(position, 'position', length);
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = yield new Call(binding.write,
      [fd, bytesOf(buffer), offset, length, position], 'write');
    return { bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  let pos = offsetOrOptions;
  let encoding = length;
  if (typeof pos !== 'number' && typeof pos !== 'bigint') {
    if (typeof pos === 'string') encoding = pos;
    pos = -1;
  } else {
    pos = validatePosition(pos, 'position');
  }
  // A non-string encoding means UTF-8 (node parses it that way in C++).
  const enc = typeof encoding === 'string' ? normalizeEncoding(encoding) : 'utf8';
  if (enc === undefined) throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  // An encoding given after the position must fit the data: hex needs whole bytes.
  if (enc === 'hex' && typeof length === 'string' && buffer.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${buffer.length}`);
  }
  const bytes = encode(buffer, enc);
  const bytesWritten = yield new Call(binding.write, [fd, bytes, 0, bytes.byteLength, pos], 'write');
  return { bytesWritten, buffer };
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isArrayBufferView(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

function* readv(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  position = typeof position === 'number' || typeof position === 'bigint'
    ? validatePosition(position) : -1;
  const bytesRead = yield new Call(binding.readv, [fd, buffers.map(bytesOf), position], 'read');
  return { bytesRead, buffers };
}

function* writev(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  position = typeof position === 'number' || typeof position === 'bigint'
    ? validatePosition(position) : -1;
  if (buffers.length === 0) return { bytesWritten: 0, buffers };
  const bytesWritten = yield new Call(binding.writev, [fd, buffers.map(bytesOf), position], 'write');
  return { bytesWritten, buffers };
}

// --- whole files --------------------------------------------------------------------------

// readFile's single native call; a directory fails in its read, as node reports.
// The error of a failed binding.readFile: a directory fails in its read, and a file
// over kIoMaxLength (the binding's EFBIG, refused before reading) is
// ERR_FS_FILE_TOO_LARGE naming its size, as node reports them.
function readFileError(errno, target) {
  if (errno === -21 /* EISDIR */) return uvException({ errno, syscall: 'read' });
  if (errno === -27 /* EFBIG */) {
    const r = typeof target === 'number' ? binding.fstat(target) : binding.stat(target);
    const size = r === 0 ? getStatsFromBinding(binding.statValues).size : kIoMaxLength + 1;
    return new (require('internal/errors').codes.ERR_FS_FILE_TOO_LARGE)(size);
  }
  return null;
}

class ReadFileCall extends Call {
  error(errno) {
    return readFileError(errno, this.args[0]) ?? super.error(errno);
  }
}

function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isFd = isInt32(path);
  path = isFd ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'r', 'flags');
  const { signal } = options;
  const enc = options.encoding ? normalizeEncoding(options.encoding) : undefined;
  const kind = enc === 'utf8' ? 1 : enc === 'latin1' ? 2 : 0;
  if (signal?.aborted) return abortedOp(signal);
  return new ReadFileCall(binding.readFile, [path, flags, kind], 'open', isFd ? undefined : path,
    undefined, (data) => {
      checkAborted(signal);
      if (kind !== 0) return data;
      if (enc && enc !== 'buffer') return decode(new Uint8Array(data), enc);
      return bufferOf(data);
    });
}

function* abortedOp(signal) {
  yield abortPoint(signal);
}

function validateWriteData(data) {
  if (typeof data === 'string' || isArrayBufferView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Writes all of bytes to fd from the current position, in chunks of at most 512 KiB
// when a signal may cut it short (checked before each chunk, as node does).
const kWriteChunk = 512 * 1024;
function* writeAll(fd, bytes, signal) {
  let off = 0;
  while (off < bytes.byteLength) {
    if (signal) yield abortPoint(signal);
    const n = signal ? Math.min(kWriteChunk, bytes.byteLength - off) : bytes.byteLength - off;
    off += yield new Call(binding.write, [fd, bytes, off, n, -1], 'write');
  }
}

// writeFile's `flush` syncs through the public fs.fsyncSync / fs.fsync, as node's
// does, so a program (or a mock) that replaces them sees the call. Called as a
// Call's fn: `this` is the Call, whose error() reports the thrown error.
function publicFsync(fd, req) {
  const fs = require('fs');
  if (req === undefined) {
    try {
      fs.fsyncSync(fd);
      return 0;
    } catch (err) {
      this.error = () => err;
      return -1;
    }
  }
  fs.fsync(fd, (err) => {
    if (err) req.call.error = () => err;
    req.oncomplete(err ? -1 : 0);
  });
}

function* writeFile(path, data, options, defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateWriteData(data);
  const isFd = isInt32(path);
  if (isFd) path = getValidatedFd(path, 'file');
  else path = getValidatedPath(path, 'path');
  const flags = stringToFlags(options.flag || defaultFlag, 'flags');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const bytes = typeof data === 'string' ? encode(data, normalizeEncoding(options.encoding)) : bytesOf(data);
  if (options.signal) yield abortPoint(options.signal);
  const fd = isFd ? path : yield new Call(binding.open, [path, flags, mode], 'open', path);
  try {
    yield* writeAll(fd, bytes, options.signal);
    if (flush) yield new Call(publicFsync, [fd], 'fsync');
  } finally {
    if (!isFd) yield new Call(binding.close, [fd], 'close');
  }
}

function* appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return yield* writeFile(path, data, options, 'a');
}

// (No default parameters here: they would shorten the length fs.js reads.)
function truncate(path, len) {
  if (len === undefined) len = 0;
  if (isInt32(path)) return ftruncate(path, len);
  return truncatePath(path, len);
}

function* truncatePath(path, len) {
  validateInteger(len, 'len');
  path = getValidatedPath(path);
  len = Math.max(0, len);
  const fd = yield new Call(binding.open, [path, O_RDWR, 0o666], 'open', path);
  try {
    yield new Call(binding.ftruncate, [fd, len], 'ftruncate');
  } finally {
    yield new Call(binding.close, [fd], 'close');
  }
}

function ftruncate(fd, len) {
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  fd = getValidatedFd(fd);
  return new Call(binding.ftruncate, [fd, Math.max(0, len)], 'ftruncate');
}

// --- metadata --------------------------------------------------------------------------------

function statOptions(options) {
  if (options == null || typeof options === 'function') return kEmptyObject;
  return options;
}

const { statValues } = binding;

function* statCall(fn, syscall, target, path, options) {
  try {
    yield new Call(fn, [target], syscall, path);
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
  return getStatsFromBinding(statValues, options.bigint);
}

const toStats = () => getStatsFromBinding(statValues, false);
const toBigIntStats = () => getStatsFromBinding(statValues, true);

// The Call of a stat: its Stats come from the shared statValues as it finishes.
// (throwIfNoEntry is for the sync forms only, in fast_sync.js: node's callback and
// promise forms report a missing entry whatever it says.)
function statOf(fn, syscall, target, path, options) {
  return new Call(fn, [target], syscall, path, undefined, options.bigint ? toBigIntStats : toStats);
}

function stat(path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  return statOf(binding.stat, 'stat', path, path, options);
}

function lstat(path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  return statOf(binding.lstat, 'lstat', path, path, options);
}

function fstat(fd, options) {
  options = statOptions(options);
  fd = getValidatedFd(fd);
  return statOf(binding.fstat, 'fstat', fd, undefined, options);
}

function statfs(path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  return new Call(binding.statfs, [path], 'statfs', path, undefined,
    () => getStatFsFromBinding(statValues, options.bigint));
}

function access(path, mode) {
  path = getValidatedPath(path);
  mode = validMode(mode ?? F_OK, 'mode', 7);
  return new Call(binding.access, [path, mode], 'access', path);
}

function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return new Call(binding.chmod, [path, mode], 'chmod', path);
}

// fchmod, fchown and futimes check their other arguments before fd, as node does.
function fchmod(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  fd = getValidatedFd(fd);
  return new Call(binding.fchmod, [fd, mode], 'fchmod');
}

function validateId(id, name) {
  validateInteger(id, name, -1, 0xffffffff);
  return id;
}

function chown(path, uid, gid) {
  path = getValidatedPath(path);
  return new Call(binding.chown, [path, validateId(uid, 'uid'), validateId(gid, 'gid')], 'chown', path);
}

function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  return new Call(binding.lchown, [path, validateId(uid, 'uid'), validateId(gid, 'gid')], 'lchown', path);
}

function fchown(fd, uid, gid) {
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  fd = getValidatedFd(fd);
  return new Call(binding.fchown, [fd, uid, gid], 'fchown');
}

function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return new Call(binding.utime, [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)],
    'utime', path);
}

function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return new Call(binding.lutime, [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)],
    'lutime', path);
}

function futimes(fd, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  fd = getValidatedFd(fd);
  return new Call(binding.futime, [fd, atime, mtime], 'futime');
}

function fsync(fd) {
  fd = getValidatedFd(fd);
  return new Call(binding.fsync, [fd], 'fsync');
}

function fdatasync(fd) {
  fd = getValidatedFd(fd);
  return new Call(binding.fdatasync, [fd], 'fdatasync');
}

// --- names -------------------------------------------------------------------------------

function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return new Call(binding.rename, [oldPath, newPath], 'rename', oldPath, newPath);
}

function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return new Call(binding.link, [existingPath, newPath], 'link', existingPath, newPath);
}

function symlink(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = type === 'dir' ? UV_FS_SYMLINK_DIR : type === 'junction' ? UV_FS_SYMLINK_JUNCTION : 0;
  return new Call(binding.symlink, [target, path, flags], 'symlink', target, path);
}

function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return new Call(binding.readlink, [path], 'readlink', path, undefined,
    (name) => encodeName(name, options.encoding));
}

function realpathNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return new Call(binding.realpath, [path], 'realpath', path, undefined,
    (name) => encodeName(name, options.encoding));
}

// fs.realpath (not .native): node resolves it in JS component by component, so its
// errors name the first component that failed, with lstat (stat for a loop).
function* realpath(path, options) {
  try {
    return yield realpathNative(path, options);
  } catch (err) {
    if (err.syscall !== 'realpath') throw err;
    if (err.code === 'ELOOP') throw uvException({ errno: err.errno, syscall: 'stat', path: err.path });
    const full = pathModule.resolve(err.path);
    const parts = full.split('/').slice(1);
    let prefix = '';
    for (let i = 0; i < parts.length; i++) {
      prefix += `/${parts[i]}`;
      yield new Call(binding.lstat, [prefix], 'lstat', prefix);
      // A link to a pipe or a socket (/dev/stdin, a process's /proc/<pid>/fd/<n>)
      // leads to no file realpath(3) can name. Node's walk ends at such a link with
      // the text its links spell: so does this.
      if (getStatsFromBinding(statValues).isSymbolicLink() && (yield* isPipeOrSocket(prefix))) {
        const target = yield new Call(binding.readlink, [prefix], 'readlink', prefix);
        const spelled = pathModule.resolve(mkdirParent(prefix), target, ...parts.slice(i + 1));
        return encodeName(yield* followLinks(spelled), getOptions(options).encoding);
      }
    }
    throw err;
  }
}

function* isPipeOrSocket(path) {
  try {
    yield new Call(binding.stat, [path], 'stat', path);
  } catch {
    return false;
  }
  const stats = getStatsFromBinding(statValues);
  return stats.isFIFO() || stats.isSocket();
}

// path with its symbolic links replaced by their text, component by component, up
// to the first component that does not exist (a pipe's "pipe:[inode]" entry).
function* followLinks(path) {
  for (let links = 0; links < 40; links++) {
    const parts = path.split('/').slice(1);
    let prefix = '';
    let next = null;
    for (let i = 0; i < parts.length && next === null; i++) {
      prefix += `/${parts[i]}`;
      try {
        yield new Call(binding.lstat, [prefix], 'lstat', prefix);
      } catch {
        return path;
      }
      if (!getStatsFromBinding(statValues).isSymbolicLink()) continue;
      const target = yield new Call(binding.readlink, [prefix], 'readlink', prefix);
      next = pathModule.resolve(mkdirParent(prefix), target, ...parts.slice(i + 1));
    }
    if (next === null) return path;
    path = next;
  }
  return path;
}

function unlink(path) {
  path = getValidatedPath(path);
  return new Call(binding.unlink, [path], 'unlink', path);
}

function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = validMode(mode, 'mode', 7);
  return new Call(binding.copyfile, [src, dest, mode], 'copyfile', src, dest);
}

// node warns once: a template ending in X is handled differently across platforms.
let warnNonPortableTemplate = true;

function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  if (warnNonPortableTemplate &&
      (typeof prefix === 'string' ? prefix.endsWith('X') : prefix.at(-1) === 0x58)) {
    warnNonPortableTemplate = false;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
  }
  return new Call(binding.mkdtemp, [`${prefix}XXXXXX`], 'mkdtemp', `${prefix}XXXXXX`, undefined,
    (path) => encodeName(path, options.encoding));
}

// --- directories -------------------------------------------------------------------------

function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  path = getValidatedPath(path);
  if (!recursive) return new Call(binding.mkdir, [path, mode], 'mkdir', path);
  // Node walks the path as given (dirname by the last '/'), so `a/../b` makes `a`
  // and the result names the first directory made in the caller's spelling.
  return mkdirp(typeof path === 'string' ? path : pathModule.resolve(path), mode);
}

// The path without its last component, cut at the last '/' as node does (no
// normalisation: 'a//b' -> 'a/', 'a/b/' -> 'a/b'); the path itself when none.
function mkdirParent(path) {
  const i = path.lastIndexOf('/');
  if (i === -1) return path;
  return i === 0 ? '/' : path.slice(0, i);
}

function* isDirectory(path) {
  try {
    yield new Call(binding.stat, [path], 'stat', path);
  } catch {
    return false;
  }
  return getStatsFromBinding(statValues).isDirectory();
}

// mkdir -p: the first directory it created, or undefined when all existed.
// The permission model checks the path asked for, not the parents made on the way
// (as node), so those are made with the unchecked binding (`mkdirFn`).
function* mkdirp(path, mode, mkdirFn = binding.mkdir) {
  try {
    yield new Call(mkdirFn, [path, mode], 'mkdir', path);
    return path;
  } catch (err) {
    if (err.code === 'EEXIST' && (yield* isDirectory(path))) return undefined;
    const parent = mkdirParent(path);
    if (err.code !== 'ENOENT' || parent === path) throw err;
    const first = yield* mkdirp(parent, mode, internalBinding('fs').mkdir);
    try {
      yield new Call(mkdirFn, [path, mode], 'mkdir', path);
    } catch (err2) {
      if (err2.code === 'EEXIST' && (yield* isDirectory(path))) return first;
      throw err2;
    }
    return first ?? path;
  }
}

function* lstatTypes(dir, names, types) {
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== UV_DIRENT_UNKNOWN) continue;
    const s = yield* statCall(binding.lstat, 'lstat', `${dir}/${names[i]}`, `${dir}/${names[i]}`, kEmptyObject);
    types[i] = direntTypeFromMode(s.mode);
  }
}

function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  // With an encoding other than UTF-8 the names come as Latin-1 (one char per
  // byte), so their bytes are decoded as asked ('buffer' keeps them as bytes).
  const raw = !!encoding && normalizeEncoding(encoding) !== 'utf8';
  const nameOf = !raw ? (n) => n : encoding === 'buffer' ?
    (n) => asBuffer(encode(n, 'latin1')) : (n) => decode(encode(n, 'latin1'), normalizeEncoding(encoding));
  if (!options.recursive && !withFileTypes) {
    return new Call(binding.readdir, [path, false, raw], 'scandir', path, undefined, (r) => {
      const names = listing(r);
      return encoding && encoding !== 'utf8' ? names.map(nameOf) : names;
    });
  }
  return readdirTree(path, options.recursive, withFileTypes, encoding, raw, nameOf);
}

function* readdirTree(path, recursive, withFileTypes, encoding, raw, nameOf) {
  if (!recursive) {
    const [names, types] = listing(yield new Call(binding.readdir, [path, true, raw], 'scandir', path));
    yield* lstatTypes(path, names, types);
    return names.map((n, i) => new Dirent(nameOf(n), types[i], path));
  }
  // Breadth first, as node lists: each directory's entries, then its subdirectories'.
  const result = [];
  const queue = [[path, '']];
  for (let q = 0; q < queue.length; q++) {
    const [dir, rel] = queue[q];
    const [names, types] = listing(yield new Call(binding.readdir, [dir, true, false], 'scandir', dir));
    yield* lstatTypes(dir, names, types);
    for (let i = 0; i < names.length; i++) {
      const relName = rel ? `${rel}/${names[i]}` : names[i];
      if (withFileTypes) result.push(new Dirent(encodeName(names[i], encoding), types[i], dir));
      else result.push(encodeName(relName, encoding));
      if (types[i] === UV_DIRENT_DIR) queue.push([`${dir}/${names[i]}`, relName]);
    }
  }
  return result;
}

let warnedRmdirRecursive = false;

function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return rmdirRecursive(path, options);
  if (options !== undefined) validateObject(options, 'options');
  return new Call(binding.rmdir, [path], 'rmdir', path);
}

function* rmdirRecursive(path, options) {
  if (!warnedRmdirRecursive) {
    warnedRmdirRecursive = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
  options = { ...validateRmOptions(options), force: false };
  // rmdir removes directories only, even recursively.
  yield new Call(binding.lstat, [path], 'rmdir', path);
  if (!getStatsFromBinding(statValues).isDirectory()) {
    throw uvException({ errno: -20 /* ENOTDIR */, syscall: 'rmdir', path });
  }
  return yield* rmTree(path, options);
}

const retryCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

// Runs a removal, retrying the codes node retries, with a linear backoff.
function* withRetries(call, options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return yield call;
    } catch (err) {
      if (!retryCodes.has(err.code) || attempt > options.maxRetries) throw err;
      yield sleep(attempt * options.retryDelay);
    }
  }
}

function* rmTree(path, options) {
  try {
    yield new Call(binding.lstat, [path], 'lstat', path);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  const st = getStatsFromBinding(statValues);
  if (!st.isDirectory()) {
    yield* withRetries(new Call(binding.unlink, [path], 'unlink', path), options);
    return;
  }
  if (!options.recursive) {
    throw new (require('internal/errors').codes.ERR_FS_EISDIR)({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  // Names as raw bytes (Latin-1 chars), so entries whose names are not UTF-8 go too.
  const names = listing(yield new Call(binding.readdir, [path, false, true], 'scandir', path));
  for (const name of names) yield* rmTree(childPath(path, name), options);
  yield* withRetries(new Call(binding.rmdir, [path], 'rmdir', path), options);
}

// parent/name for a raw (Latin-1 char per byte) name: a string when it is ASCII
// under a string parent, else the bytes, which the binding takes as they are.
function childPath(parent, rawName) {
  if (typeof parent === 'string' && !/[^\x00-\x7f]/.test(rawName)) return `${parent}/${rawName}`;
  const head = typeof parent === 'string' ? encode(parent, 'utf8') : parent;
  const out = new Uint8Array(head.length + 1 + rawName.length);
  out.set(head, 0);
  out[head.length] = 0x2f;
  for (let i = 0; i < rawName.length; i++) out[head.length + 1 + i] = rawName.charCodeAt(i);
  return out;
}

function* rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options);
  // node refuses the tree at its root (its lstat, then its removal) before looking inside.
  if (permissionEnabled) yield new Call(require('internal/process/permission').removeCheck, [path], 'rm', path);
  yield* rmTree(path, options);
}

const yes = () => true;
const no = () => false;
function* notValid() {
  return false;
}

function exists(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return notValid();
  }
  return new Call(binding.access, [path, F_OK], 'access', path, undefined, yes, no);
}

module.exports = {
  access, appendFile, chmod, chown, close, copyFile, exists, fchmod, fchown, fdatasync, fstat,
  fsync, ftruncate, futimes, lchown, link, lstat, lutimes, mkdir, mkdtemp, open, read,
  readFile, readdir, readlink, readv, realpath, realpathNative, rename, rm, rmdir, stat, statfs, symlink,
  truncate, unlink, utimes, write, writeFile, writev,
  // helpers for promises.js / streams / cp
  bytesOf, checkAborted, isArrayBufferView, readFileError, validateWriteData, writeAll, validateFunction,
};
