'use strict';
// Shared pieces of node:fs: argument validation and normalisation (paths, flags,
// modes, times, encodings), the Stats/BigIntStats/StatFs/Dirent classes, and the
// bridge to Buffer (which may not be loaded; bytes are Uint8Arrays underneath).

// Codes only a failure reads are read from `codes` where thrown: most are registered
// on first use (internal/errors/codes), which a start-up should not load.
const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = codes;
const { validateInt32, validateUint32, validateObject, validateBoolean } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const pathModule = require('path');

const fsConstants = internalBinding('constants').fs;
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = fsConstants;

// --- Buffer bridge ------------------------------------------------------------------

let bufferModule;
let FastBuffer;
function getBuffer() {
  if (bufferModule === undefined) {
    try {
      bufferModule = require('buffer');
      FastBuffer = require('internal/buffer').FastBuffer;
    } catch {
      bufferModule = null;
    }
  }
  return bufferModule?.Buffer;
}

// A Buffer over the same bytes when Buffer exists, else the Uint8Array itself.
function asBuffer(u8) {
  const B = getBuffer();
  if (!B || u8 instanceof B) return u8;
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.byteLength);
}

// A zeroed Buffer (or, before Buffer exists, a Uint8Array) of n bytes the engine owns:
// memory handed over as an ArrayBuffer of its own is counted as live by the engine's
// collector until its next full collection, so a stream reading its chunks into such
// memory ran a full collection every other time (JSC_logGC=1, src/util/js_view.h).
function newBuffer(n) {
  return getBuffer() ? new FastBuffer(n) : new Uint8Array(n);
}

// A Buffer (or, before Buffer exists, a Uint8Array) over a whole ArrayBuffer.
function bufferOf(ab) {
  return getBuffer() ? new FastBuffer(ab) : new Uint8Array(ab);
}

const fsBinding = internalBinding('fs');
const utf8Encoder = { encode: fsBinding.utf8Bytes };
const utf8Decoder = { decode: (u8) => fsBinding.decodeBytes(u8, false) };
const latin1Decode = (u8) => fsBinding.decodeBytes(u8, true);

// Decodes bytes with a node encoding (validated by the caller).
function decode(u8, encoding) {
  if (encoding === 'utf8' || encoding === 'utf-8') return utf8Decoder.decode(u8);
  if (encoding === 'latin1' || encoding === 'binary') return latin1Decode(u8);
  const B = getBuffer();
  if (B) return asBuffer(u8).toString(encoding);
  if (encoding === 'ascii') return latin1Decode(u8.map((b) => b & 0x7f));
  throw new codes.ERR_UNKNOWN_ENCODING(encoding);
}

// Bytes of a string in a node encoding.
function encode(string, encoding) {
  const B = getBuffer();
  if (B) return B.from(string, encoding || 'utf8');
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return utf8Encoder.encode(string);
  if (encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii') {
    const u8 = new Uint8Array(string.length);
    for (let i = 0; i < string.length; i++) u8[i] = string.charCodeAt(i);
    return u8;
  }
  throw new codes.ERR_UNKNOWN_ENCODING(encoding);
}

const encodings = new Set(['utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'base64', 'base64url',
  'hex', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'buffer']);
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'buffer') return enc;
  if (typeof enc !== 'string') return undefined;
  const lower = enc.toLowerCase();
  if (!encodings.has(lower)) return undefined;
  if (lower === 'utf-8') return 'utf8';
  if (lower === 'ucs2' || lower === 'ucs-2' || lower === 'utf-16le') return 'utf16le';
  if (lower === 'binary') return 'latin1';
  return lower;
}

function assertEncoding(encoding) {
  if (encoding && normalizeEncoding(encoding) === undefined) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// fs's options argument: a string is the encoding; undefined gives the defaults.
function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else if (defaults !== kEmptyObject) {
    options = { ...defaults, ...options };
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

// A string result (a path, a name) in the caller's encoding.
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const bytes = utf8Encoder.encode(name);
  if (encoding === 'buffer') return asBuffer(bytes);
  return decode(bytes, normalizeEncoding(encoding));
}

// --- paths -------------------------------------------------------------------------

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function fileURLToPathLocal(url) {
  if (url.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== 'localhost') {
    throw new codes.ERR_INVALID_FILE_URL_HOST('linux');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(p) {
  if (!isURL(p)) return p;
  try {
    return require('internal/url').fileURLToPath(p);
  } catch (e) {
    if (e?.code === 'ERR_UNKNOWN_BUILTIN_MODULE') return fileURLToPathLocal(p);
    throw e;
  }
}

// A validated path as a string (Buffers are decoded as UTF-8; URLs must be file:).
function getValidatedPath(fileURLOrPath, propName = 'path') {
  // The common case first: a string path, which is the result as it is when it
  // holds no NUL. (indexOf, not includes: measured half the cost per call.)
  if (typeof fileURLOrPath === 'string' && fileURLOrPath.indexOf('\u0000') === -1) return fileURLOrPath;
  const path = toPathIfFileURL(fileURLOrPath);
  let s;
  if (typeof path === 'string') {
    s = path;
  } else if (isUint8Array(path)) {
    s = utf8Decoder.decode(path);
  } else {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (s.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  // Bytes that are not UTF-8 stay bytes (the binding takes them as they are), so a
  // Buffer path can name any file; everything else travels as a string.
  if (typeof path !== 'string' && !isUtf8(path, s)) return new Uint8Array(path);
  return s;
}

function isUtf8(bytes, decoded) {
  const again = utf8Encoder.encode(decoded);
  if (again.length !== bytes.length) return false;
  for (let i = 0; i < again.length; i++) if (again[i] !== bytes[i]) return false;
  return true;
}

// A path for messages: raw byte paths are shown decoded, as node shows them.
function pathForMessage(path) {
  return typeof path === 'string' || path === undefined ? path : utf8Decoder.decode(path);
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// --- flags, modes, times ---------------------------------------------------------------

const flagTable = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  const f = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (f === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return f;
}

const octalReg = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// Seconds since the epoch (with fraction) from a Date, a number or a numeric string.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validatePosition(position, name = 'position', length) {
  if (typeof position === 'number') {
    if (!Number.isSafeInteger(position)) {
      throw new ERR_OUT_OF_RANGE(name, 'an integer', position);
    }
    if (position < -1) throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${Number.MAX_SAFE_INTEGER}`, position);
    return position;
  }
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length ?? 0);
    if (!(position >= -1n && position <= max)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
    return Number(position);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

// --- Stats ------------------------------------------------------------------------------

function msFromParts(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function lazyDate(msField) {
  return {
    get() {
      const value = dateFromMs(this[msField]);
      Object.defineProperty(this, msField.slice(0, -2),
        { value, writable: true, enumerable: false, configurable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(this, msField.slice(0, -2),
        { value, writable: true, enumerable: false, configurable: false });
    },
    enumerable: false,
    configurable: true,
  };
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
for (const f of ['atime', 'mtime', 'ctime', 'birthtime']) {
  Object.defineProperty(Stats.prototype, f, lazyDate(`${f}Ms`));
}
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super();
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
    this.atimeMs = atimeNs / 1000000n;
    this.mtimeMs = mtimeNs / 1000000n;
    this.ctimeMs = ctimeNs / 1000000n;
    this.birthtimeMs = birthtimeNs / 1000000n;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}
for (const f of ['atime', 'mtime', 'ctime', 'birthtime']) {
  Object.defineProperty(BigIntStats.prototype, f, lazyDate(`${f}Ms`));
}

// Stats from the 18 numbers the binding writes (see src/binding/fs_ops.c).
function getStatsFromBinding(a, bigint = false) {
  if (bigint) {
    const B = BigInt;
    const ns = (i) => B(a[i]) * 1000000000n + B(a[i + 1]);
    return new BigIntStats(B(a[0]), B(a[1]), B(a[2]), B(a[3]), B(a[4]), B(a[5]), B(a[6]), B(a[7]),
      B(a[8]), B(a[9]), ns(10), ns(12), ns(14), ns(16));
  }
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    msFromParts(a[10], a[11]), msFromParts(a[12], a[13]), msFromParts(a[14], a[15]),
    msFromParts(a[16], a[17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(a, bigint) {
  const f = bigint ? BigInt : Number;
  return new StatFs(f(a[0]), f(a[1]), f(a[2]), f(a[3]), f(a[4]), f(a[5]), f(a[6]));
}

// --- Dirent -----------------------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

// A directory listing from the binding (names joined by '/', plus a Uint8Array of
// types when asked): names, or [names, types].
function listing(raw) {
  if (typeof raw === 'string') return raw === '' ? [] : raw.split('/');
  return [raw[0] === '' ? [] : raw[0].split('/'), raw[1]];
}

// --- rm / cp option checks -------------------------------------------------------------

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmOptions(options, defaults = defaultRmOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

module.exports = {
  BigIntStats,
  Dirent,
  Stats,
  StatFs,
  asBuffer,
  bufferOf,
  newBuffer,
  assertEncoding,
  decode,
  direntTypeFromMode,
  encode,
  encodeName,
  fsConstants,
  getBuffer,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  isUint8Array,
  listing,
  kType,
  normalizeEncoding,
  parseFileMode,
  pathModule,
  pathForMessage,
  stringToFlags,
  toPathIfFileURL,
  toUnixTimestamp,
  validatePosition,
  validateRmOptions,
};
