'use strict';
// process.stdout/stderr/stdin. Until the stream layer lands (lib/internal/streams)
// these are minimal EventEmitters whose write() is synchronous, which is what node
// does for files and TTYs; pipes are also written synchronously here.

const EventEmitter = require('events');
const fsBinding = internalBinding('fs');
const utilBinding = internalBinding('util');

function makeWritable(fd) {
  const stream = new EventEmitter();
  const type = utilBinding.guessHandleType(fd);
  stream.fd = fd;
  stream._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  stream._isStdio = true;
  stream.writable = true;
  stream.isTTY = type === 'TTY' ? true : undefined;
  if (type === 'TTY') {
    const size = utilBinding.getWindowSize(fd);
    stream.columns = size ? size[0] : 80;
    stream.rows = size ? size[1] : 24;
  }
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      fsBinding.writeString(fd, chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      fsBinding.writeBuffer(fd, chunk, 0, chunk.byteLength);
    } else {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  stream.cork = () => {};
  stream.uncork = () => {};
  stream.destroy = () => stream;
  stream.hasColors = (count = 16) => type === 'TTY' && count <= 256 && !process.env.NO_COLOR;
  stream.getColorDepth = () => (type === 'TTY' && !process.env.NO_COLOR ? 8 : 1);
  return stream;
}

let stdout;
let stderr;
let stdin;
module.exports = {
  getStdout() {
    stdout ??= makeWritable(1);
    return stdout;
  },
  getStderr() {
    stderr ??= makeWritable(2);
    return stderr;
  },
  getStdin() {
    if (stdin === undefined) {
      stdin = new EventEmitter();
      stdin.fd = 0;
      stdin.isTTY = utilBinding.guessHandleType(0) === 'TTY' ? true : undefined;
    }
    return stdin;
  },
};
