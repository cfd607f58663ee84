'use strict';
// Until a program touches process.stdout or process.stderr, the global console
// writes straight to fd 1 or 2 when it is a pipe or a file. On Linux node writes
// those synchronously as well, so the bytes and their order are the same, and a
// program that only logs never builds the stream stack (hello world: 23 built-ins
// loaded instead of 39). The console ignores its streams' errors, and so do these
// writers (EPIPE when the reader has gone). A terminal always gets the real stream,
// which knows its size and colours.

const fsBinding = internalBinding('fs');
const { guessHandleType } = internalBinding('util');

const touched = { stdout: false, stderr: false };
const writers = [undefined, undefined, undefined];

function markTouched(name) {
  touched[name] = true;
}

function makeWriter(fd) {
  const type = guessHandleType(fd);
  if (type !== 'PIPE' && type !== 'FILE') return null;
  return {
    fd,
    isTTY: false,
    write(chunk, encoding, cb) {
      if (typeof encoding === 'function') cb = encoding;
      if (typeof chunk === 'string') fsBinding.writeString(fd, chunk);
      else fsBinding.writeBuffer(fd, chunk, 0, chunk.byteLength);
      if (typeof cb === 'function') cb(null);
      return true;
    },
    listenerCount() { return 0; },
    once() { return this; },
    removeListener() { return this; },
  };
}

// The stream the global console writes `name` ('stdout' or 'stderr') to.
function consoleStream(name, fd) {
  if (touched[name]) return process[name];
  let writer = writers[fd];
  if (writer === undefined) writer = writers[fd] = makeWriter(fd);
  return writer ?? process[name];
}

module.exports = { consoleStream, markTouched };
