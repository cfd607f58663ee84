'use strict';
// The synchronous forms programs call in loops (statSync, readFileSync,
// writeFileSync and their kin), each one native call with no Call object,
// argument arrays or generator in between: lib/internal/fs/run.js costs about
// as much as the syscall for these. They take the common argument shapes and
// hand anything else to the general operation in ops.js, and they validate and
// fail exactly as it does (same order, same errors).

const binding = require('internal/fs/binding');
const ops = require('internal/fs/ops');
const { runSync, callError, syncIO, warnSyncIO } = require('internal/fs/run');
const { kEmptyObject } = require('internal/util');
const {
  bufferOf, fsConstants, getStatsFromBinding, getValidatedFd, getValidatedPath,
} = require('internal/fs/utils');

const { statValues, readScratch } = binding;
const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC } = fsConstants;
const UV_ENOENT = -2;
const UV_ENOTDIR = -20;

function isInt32(v) {
  return typeof v === 'number' && v === (v | 0);
}

// stat/lstat/fstat: the Stats from the shared statValues the binding filled.
// With throwIfNoEntry: false a missing entry gives undefined: ENOENT, and for
// stat also ENOTDIR (a file where a directory was expected), as node has it.
function statResult(r, options, syscall, path) {
  if (r < 0) {
    if (options.throwIfNoEntry === false &&
        (r === UV_ENOENT || (r === UV_ENOTDIR && syscall === 'stat'))) return undefined;
    throw callError(r, syscall, path);
  }
  return getStatsFromBinding(statValues, options.bigint);
}

function statOptions(options) {
  return options == null || typeof options === 'function' ? kEmptyObject : options;
}

function statSync(path, options) {
  if (syncIO.traced) warnSyncIO();
  options = statOptions(options);
  path = getValidatedPath(path);
  return statResult(binding.stat(path), options, 'stat', path);
}

function lstatSync(path, options) {
  if (syncIO.traced) warnSyncIO();
  options = statOptions(options);
  path = getValidatedPath(path);
  return statResult(binding.lstat(path), options, 'lstat', path);
}

function fstatSync(fd, options) {
  if (syncIO.traced) warnSyncIO();
  options = statOptions(options);
  fd = getValidatedFd(fd);
  return statResult(binding.fstat(fd), options, 'fstat', undefined);
}

// readFileSync(path[, 'utf8']): the binding opens, reads and closes, and makes the
// string straight from the bytes read.
function readFileSync(path, options) {
  let kind;
  if (options === undefined || options === null) kind = 0;
  else if (options === 'utf8' || options === 'utf-8') kind = 1;
  else return runSync(ops.readFile(path, options));
  const isFd = isInt32(path);
  path = isFd ? getValidatedFd(path) : getValidatedPath(path);
  if (syncIO.traced) warnSyncIO();
  const r = binding.readFile(path, O_RDONLY, kind, undefined, true);
  if (typeof r === 'number') {
    if (r >= 0) return fromScratch(r);
    throw ops.readFileError(r, path) ?? callError(r, 'open', isFd ? undefined : path);
  }
  return kind === 0 ? bufferOf(r) : r;
}

// The n bytes the binding left in readScratch, in a Buffer of their own (from
// the pool when small, as node's readFileSync gives).
let allocUnsafe;
function fromScratch(n) {
  allocUnsafe ??= require('buffer').Buffer.allocUnsafe;
  const buf = allocUnsafe(n);
  if (n !== 0) buf.set(n === readScratch.length ? readScratch : new Uint8Array(readScratch.buffer, 0, n));
  return buf;
}

// writeFileSync(path, data[, 'utf8']) to a path: one native open, write, close.
function writeFileSync(path, data, options) {
  if ((options !== undefined && options !== 'utf8' && options !== 'utf-8') || isInt32(path) ||
      (typeof data !== 'string' && !ArrayBuffer.isView(data))) {
    return runSync(ops.writeFile(path, data, options));
  }
  path = getValidatedPath(path, 'path');
  if (syncIO.traced) warnSyncIO();
  const r = binding.writeFileSync(path, typeof data === 'string' ? data : ops.bytesOf(data),
    O_TRUNC | O_CREAT | O_WRONLY, 0o666);
  if (r === undefined) return;
  if (typeof r === 'number') throw callError(r, 'open', path);
  throw callError(r[0], r[1]);
}

// readSync/writeSync(fd, buffer, offset, length, position) with a Uint8Array and
// in-range integers (every check of the general path passes): one native call.
// Other shapes go to `slow`, lib/fs.js's general forms.
function readWriteSync(slow) {
  const inRange = (fd, buffer, offset, length, position, min) => isInt32(fd) && fd >= 0 &&
    buffer instanceof Uint8Array && isInt32(offset) && offset >= 0 && isInt32(length) &&
    length >= min && offset + length <= buffer.byteLength &&
    (position == null || (isInt32(position) && position >= -1));
  function readSync(fd, buffer, offsetOrOptions, length, position) {
    if (arguments.length === 5 && inRange(fd, buffer, offsetOrOptions, length, position, 1)) {
      if (syncIO.traced) warnSyncIO();
      const r = binding.read(fd, buffer, offsetOrOptions, length, position ?? -1);
      if (r < 0) throw callError(r, 'read');
      return r;
    }
    return Reflect.apply(slow.readSync, this, arguments);
  }
  function writeSync(fd, buffer, offsetOrOptions, length, position) {
    if (arguments.length === 5 && inRange(fd, buffer, offsetOrOptions, length, position, 0)) {
      if (syncIO.traced) warnSyncIO();
      const r = binding.write(fd, buffer, offsetOrOptions, length, position ?? -1);
      if (r < 0) throw callError(r, 'write');
      return r;
    }
    return Reflect.apply(slow.writeSync, this, arguments);
  }
  return { readSync, writeSync };
}

module.exports = { statSync, lstatSync, fstatSync, readFileSync, writeFileSync, readWriteSync };
