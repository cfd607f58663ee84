'use strict';
// process.stdout/stderr/stdin as real streams, chosen by what the descriptor is,
// with node's write rules on Linux:
//   TTY   → tty.WriteStream / tty.ReadStream (writes synchronous: setBlocking)
//   PIPE, TCP → net.Socket over the stream layer (output pipes blocking, so a large
//          write is complete before process.exit() returns)
//   FILE  → a Writable whose every write is a synchronous write(2)
// None of them keeps the event loop alive, and destroying one does not close the fd.

const utilBinding = internalBinding('util');

function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  // 'close' is still observable (finished() and pipeline() wait for it), once.
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

let SyncWriteStream;
function syncWriteStream(fd) {
  if (SyncWriteStream === undefined) {
    const { Writable } = require('stream');
    const fsBinding = internalBinding('fs');
    const { errnoException } = require('internal/errors');
    SyncWriteStream = class SyncWriteStream extends Writable {
      constructor(fd) {
        super({ autoDestroy: true });
        this.fd = fd;
        this.readable = false;
      }

      _write(chunk, encoding, cb) {
        const n = typeof chunk === 'string' ? fsBinding.writeString(this.fd, chunk) :
          fsBinding.writeBuffer(this.fd, chunk, 0, chunk.byteLength);
        cb(n < 0 ? errnoException(n, 'write') : null);
      }
    };
  }
  return new SyncWriteStream(fd);
}

function createWritableStdioStream(fd) {
  let stream;
  switch (utilBinding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE':
      stream = syncWriteStream(fd);
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      // No usable descriptor: output goes nowhere, as in node.
      const { Writable } = require('stream');
      stream = new Writable({ write(chunk, encoding, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream._handle?.unref?.();
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// A file on stdin: fs.ReadStream once node:fs is there; until then the whole file
// is read at once as text.
function fileStdin(fd) {
  let fs;
  try {
    fs = require('fs');
  } catch {
    fs = null;
  }
  if (fs?.ReadStream) return new fs.ReadStream(null, { fd, autoClose: false });
  const { Readable } = require('stream');
  const fsBinding = internalBinding('fs');
  return new Readable({
    read() {
      const text = fsBinding.readFileUtf8(fd);
      if (typeof text === 'string' && text) this.push(text);
      this.push(null);
    },
  });
}

function createStdin() {
  const fd = 0;
  let stdin;
  switch (utilBinding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      // A child spawned with stdio[0] 'ipc' has its channel on fd 0, already open as
      // process.channel (opening it twice fails with EEXIST). Its bytes belong to the
      // channel, so stdin is a stream that stays empty.
      if (process.channel && process.channel.fd === fd) {
        const { Readable } = require('stream');
        stdin = new Readable({ read() {} });
      } else {
        stdin = new net.Socket({ fd, readable: true, writable: false, manualStart: true });
        // stdin cannot be ended.
        stdin._writableState.ended = true;
      }
      break;
    }
    case 'FILE': {
      stdin = fileStdin(fd);
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() { this.push(null); } });
    }
  }
  stdin.fd = fd;
  const { kReading, readStop } = require('internal/stream_base_commons');
  // stdin starts paused and not reading, so it does not keep the process alive.
  if (stdin._handle) {
    stdin[kReading] = true;
    readStop(stdin);
    stdin._readableState.reading = false;
  }
  // After pause() the stream stops reading one tick later, so the process can exit.
  stdin.on('pause', () => {
    process.nextTick(() => {
      if (!stdin._handle) return;
      if (stdin[kReading] && !stdin.readableFlowing) {
        stdin._readableState.reading = false;
        readStop(stdin);
      }
    });
  });
  return stdin;
}

function onResize() {
  if (stdout?.isTTY) stdout._refreshSize();
  if (stderr?.isTTY) stderr._refreshSize();
}

let resizeListening = false;
function watchResize(stream) {
  if (!stream.isTTY || resizeListening) return;
  resizeListening = true;
  process.on('SIGWINCH', onResize);
}

let stdout;
let stderr;
let stdin;
module.exports = {
  getStdout() {
    if (stdout === undefined) {
      stdout = createWritableStdioStream(1);
      watchResize(stdout);
    }
    return stdout;
  },
  getStderr() {
    if (stderr === undefined) {
      stderr = createWritableStdioStream(2);
      watchResize(stderr);
    }
    return stderr;
  },
  getStdin() {
    stdin ??= createStdin();
    return stdin;
  },
};
