'use strict';
// fs.Utf8Stream: a buffered writer of text (or, in 'buffer' content mode, bytes) to a
// file or a descriptor, synchronous or asynchronous, that flushes on demand and rides
// out EAGAIN/EBUSY (a full pipe, a busy device) by retrying: the writer of logging
// libraries. A write that fails keeps its bytes queued; they go out with the next
// write, so a recoverable error loses nothing.
//
// Data waits in #queue (strings or Buffers as written) until at least minLength bytes
// are queued, or a flush or end asks for it. A write session then takes the queue as
// one Buffer (#head) and writes it in pieces of at most maxWrite bytes; #head keeps
// what a short or failed write left, and is written before anything queued later.
// #busy covers an open or a write session under way: whatever is asked meanwhile
// (end, flush, reopen, destroy) is picked up when it finishes.

const EventEmitter = require('events');
const fs = require('fs');
const path = require('path');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateBoolean, validateFunction, validateOneOf, validateUint32 } = require('internal/validators');
const { sleep } = require('internal/util');

const kMaxWrite = 16 * 1024;
// write() returns false from this many queued bytes (or minLength, if larger).
const kHighWaterMark = 16387;
const kBusyRetryMs = 100;

const isBusyError = (err) => err !== null && typeof err === 'object' && (err.code === 'EAGAIN' || err.code === 'EBUSY');
const retryAlways = () => true;
const destroyedError = () => new codes.ERR_INVALID_STATE('Utf8Stream is destroyed');

class Utf8Stream extends EventEmitter {
  #fd = -1;
  #file = null;
  #sync;
  #fsyncEach;
  #append;
  #mkdir;
  #mode;
  #contentMode;
  #minLength;
  #maxLength;
  #maxWrite;
  #periodicFlush;
  #retryEAGAIN;
  #fs;
  #timer = null;

  #queue = [];
  #head = null; // bytes taken from the queue and not yet written
  #queuedBytes = 0; // in #head and #queue
  #busy = false;
  #opening = false;
  #ending = false;
  #destroyed = false;
  #closing = false;
  #flushing = false; // a flush asked for everything queued to go out
  #reopenPending = false;
  #drainScheduled = false;

  constructor(options = {}) {
    super();
    const {
      fd, dest, minLength = 0, maxLength = 0, maxWrite = kMaxWrite, periodicFlush = 0, sync = false,
      append = true, mkdir = false, retryEAGAIN = retryAlways, fsync = false, contentMode = 'utf8', mode,
    } = options ?? {};
    const target = fd || dest;
    if (typeof target !== 'number' && typeof target !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('fd', ['number', 'string'], target);
    }
    validateUint32(minLength, 'options.minLength');
    validateUint32(maxLength, 'options.maxLength');
    validateUint32(maxWrite, 'options.maxWrite');
    validateUint32(periodicFlush, 'options.periodicFlush');
    validateBoolean(sync, 'options.sync');
    validateBoolean(append, 'options.append');
    validateBoolean(mkdir, 'options.mkdir');
    validateBoolean(fsync, 'options.fsync');
    validateFunction(retryEAGAIN, 'options.retryEAGAIN');
    validateOneOf(contentMode, 'options.contentMode', ['buffer', 'utf8']);
    if (minLength >= maxWrite) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('minLength', minLength,
        `should be smaller than maxWrite (${maxWrite})`);
    }
    this.#minLength = minLength;
    this.#maxLength = maxLength;
    this.#maxWrite = maxWrite;
    this.#periodicFlush = periodicFlush;
    this.#sync = sync;
    this.#append = append;
    this.#mkdir = mkdir;
    this.#fsyncEach = fsync;
    this.#retryEAGAIN = retryEAGAIN;
    this.#contentMode = contentMode;
    this.#mode = mode;
    // A replacement fs (for tests and custom sinks) needs only the calls it changes.
    this.#fs = options?.fs != null ? { ...fs, ...options.fs } : fs;

    // A 'drain' listener added after one was scheduled hears the next one too.
    this.on('newListener', (name) => {
      if (name === 'drain') this.#drainScheduled = false;
    });
    if (typeof target === 'number') {
      this.#fd = target;
      process.nextTick(() => this.emit('ready'));
    } else {
      this.#open(target, false);
    }
    if (periodicFlush > 0) {
      this.#timer = setInterval(() => this.flush(null), periodicFlush);
      this.#timer.unref();
    }
  }

  get append() { return this.#append; }
  get contentMode() { return this.#contentMode; }
  get fd() { return this.#fd; }
  get file() { return this.#file; }
  get fsync() { return this.#fsyncEach; }
  get maxLength() { return this.#maxLength; }
  get minLength() { return this.#minLength; }
  get mkdir() { return this.#mkdir; }
  get mode() { return this.#mode; }
  get periodicFlush() { return this.#periodicFlush; }
  get sync() { return this.#sync; }
  get writing() { return this.#busy; }

  write(data) {
    if (this.#destroyed) throw destroyedError();
    let bytes;
    if (this.#contentMode === 'utf8') {
      if (typeof data !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('data', 'string', data);
      bytes = Buffer.byteLength(data);
    } else {
      if (!Buffer.isBuffer(data)) throw new codes.ERR_INVALID_ARG_TYPE('data', 'Buffer', data);
      bytes = data.length;
    }
    if (this.#maxLength > 0 && this.#queuedBytes + bytes > this.#maxLength) {
      this.emit('drop', data);
      return this.#queuedBytes < this.#highWaterMark();
    }
    if (bytes > 0) {
      this.#queue.push(data);
      this.#queuedBytes += bytes;
      if (!this.#busy && this.#queuedBytes >= this.#minLength) this.#startWrite();
    }
    return this.#queuedBytes < this.#highWaterMark();
  }

  // Writes everything queued; cb (if given) once it is written and synced to disk.
  flush(cb) {
    if (cb != null) validateFunction(cb, 'cb');
    if (this.#destroyed) {
      if (cb) {
        cb(destroyedError());
        return;
      }
      throw destroyedError();
    }
    if (cb) this.#callAfterDrain(cb);
    if (this.#busy) {
      this.#flushing = true;
    } else if (this.#queuedBytes === 0) {
      this.#emitDrain(true);
    } else {
      this.#flushing = true;
      this.#startWrite();
    }
  }

  // Writes everything queued before returning (what an asynchronous write under way
  // holds goes out when it completes).
  flushSync() {
    if (this.#destroyed) throw destroyedError();
    if (this.#fd < 0) throw new codes.ERR_INVALID_STATE('Invalid file descriptor');
    if (this.#busy) {
      // #head is in flight: write what was queued behind it.
      this.#writeAllSync(this.#takeQueue(), (rest) => {
        if (rest.length > 0) this.#queue.unshift(rest);
      });
      return;
    }
    if (this.#head === null && this.#queue.length > 0) this.#head = this.#takeQueue();
    if (this.#head !== null) {
      this.#writeAllSync(this.#head, (rest) => {
        this.#head = rest.length > 0 ? rest : null;
      });
    }
  }

  end() {
    if (this.#destroyed) throw destroyedError();
    if (this.#opening) {
      // After the open, and after any reopen asked for before this.
      this.once('ready', () => this.end());
      return;
    }
    if (this.#ending) return;
    this.#ending = true;
    if (this.#busy) return; // the open or write under way finishes the job
    if (this.#queuedBytes > 0) this.#startWrite();
    else this.#close();
  }

  // Closes the file without writing what is still queued ('close', no 'finish').
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#queue = [];
    if (!this.#busy) this.#close();
  }

  // Opens the file again (after a log rotation renamed it), or file instead.
  reopen(file) {
    if (this.#destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => this.reopen(file));
      return;
    }
    if (this.#ending) return;
    if (!this.#file) {
      throw new codes.ERR_OPERATION_FAILED('Unable to reopen a file descriptor, you must pass a file to SonicBoom');
    }
    if (file) this.#file = file;
    if (this.#busy) {
      this.#reopenPending = true;
      return;
    }
    this.#open(this.#file, true);
  }

  #highWaterMark() {
    return Math.max(this.#minLength, kHighWaterMark);
  }

  #open(file, reopening) {
    this.#busy = true;
    this.#opening = true;
    const flags = this.#append ? 'a' : 'w';
    if (this.#sync) {
      try {
        if (this.#mkdir) this.#fs.mkdirSync(path.dirname(file), { recursive: true });
        this.#opened(null, this.#fs.openSync(file, flags, this.#mode), file, reopening);
      } catch (err) {
        this.#opened(err, -1, file, reopening);
        throw err;
      }
      return;
    }
    const open = () => this.#fs.open(file, flags, this.#mode, (err, fd) => this.#opened(err, fd, file, reopening));
    if (this.#mkdir) {
      this.#fs.mkdir(path.dirname(file), { recursive: true }, (err) => (err ? this.#opened(err, -1, file) : open()));
    } else {
      open();
    }
  }

  #opened(err, fd, file, reopening) {
    this.#opening = false;
    this.#busy = false;
    if (err) {
      // A failed reopen keeps writing to the file it had.
      if (this.#sync) {
        process.nextTick(() => {
          if (this.listenerCount('error') > 0) this.emit('error', err);
        });
      } else {
        this.emit('error', err);
      }
      if (this.#destroyed) this.#close();
      return;
    }
    const previous = this.#fd;
    this.#fd = fd;
    this.#file = file;
    if (previous >= 0 && previous !== fd) {
      this.#fs.close(previous, (closeErr) => {
        if (closeErr) this.emit('error', closeErr);
      });
    }
    if (this.#sync) process.nextTick(() => this.emit('ready'));
    else this.emit('ready');
    if (this.#closing) {
      // A 'ready' listener ended the stream, and it had nothing to write.
    } else if (this.#destroyed) {
      this.#close();
    } else if (this.#busy) {
      // A 'ready' listener started a write or a reopen.
    } else if (this.#ending) {
      if (this.#queuedBytes > 0) this.#startWrite();
      else this.#close();
    } else if (this.#queuedBytes > 0 && (this.#queuedBytes >= this.#minLength || this.#flushing)) {
      this.#startWrite();
    } else if (reopening || this.#flushing) {
      this.#flushing = false;
      this.#emitDrain();
    }
  }

  // The queue as one Buffer, emptied.
  #takeQueue() {
    const queue = this.#queue;
    this.#queue = [];
    if (queue.length === 1) return typeof queue[0] === 'string' ? Buffer.from(queue[0], 'utf8') : queue[0];
    if (this.#contentMode === 'utf8' && queue.every((item) => typeof item === 'string')) {
      return Buffer.from(queue.join(''), 'utf8');
    }
    return Buffer.concat(queue.map((item) => (typeof item === 'string' ? Buffer.from(item, 'utf8') : item)));
  }

  // The bytes of the next write call.
  #nextPiece() {
    if (this.#head === null) this.#head = this.#takeQueue();
    return this.#head.length > this.#maxWrite ? this.#head.subarray(0, this.#maxWrite) : this.#head;
  }

  // n bytes of #head were written (a replacement fs that reports no count wrote them all).
  #written(n, attempted) {
    if (typeof n !== 'number') n = attempted;
    this.#head = n >= this.#head.length ? null : this.#head.subarray(n);
    this.#queuedBytes -= n;
    this.emit('write', n);
    if (this.#fsyncEach) this.#fs.fsyncSync(this.#fd);
  }

  // Whether the session goes on: a short write's rest, enough queued, or a flush or end.
  #moreToWrite() {
    if (this.#head !== null) return true;
    if (this.#queuedBytes === 0) return false;
    return this.#queuedBytes > this.#minLength || this.#flushing || this.#ending;
  }

  #startWrite() {
    this.#busy = true;
    if (this.#sync) this.#writeSessionSync();
    else this.#writeAsync();
  }

  #writeAsync() {
    const piece = this.#nextPiece();
    this.#fs.write(this.#fd, piece, 0, piece.length, null, (err, n) => this.#onWriteAsync(err, n, piece.length));
  }

  #onWriteAsync(err, n, attempted) {
    if (err) {
      if (!this.#destroyed && isBusyError(err) &&
          this.#retryEAGAIN(err, attempted, this.#queuedBytes - attempted)) {
        setTimeout(() => this.#writeAsync(), kBusyRetryMs);
        return;
      }
      this.#busy = false;
      if (this.#destroyed) {
        this.#close();
        return;
      }
      this.emit('error', err);
      return;
    }
    this.#written(n, attempted);
    if (this.#destroyed) {
      // A flush waiting for this write still hears of it.
      this.#busy = false;
      this.emit('drain');
      this.#close();
    } else if (this.#reopenPending && !this.#ending) {
      this.#reopenPending = false;
      this.#busy = false;
      this.#open(this.#file, true);
    } else if (this.#moreToWrite()) {
      this.#writeAsync();
    } else {
      this.#sessionDone();
    }
  }

  #writeSessionSync() {
    do {
      const piece = this.#nextPiece();
      let n;
      try {
        n = this.#writeSyncPiece(piece);
      } catch (err) {
        this.#busy = false;
        this.emit('error', err);
        return;
      }
      this.#written(n, piece.length);
    } while (this.#moreToWrite());
    this.#sessionDone();
  }

  // One synchronous write of piece, retried after a pause while the file is busy and
  // retryEAGAIN allows it; any other error is thrown. Returns the bytes written (a
  // replacement fs that reports no count wrote them all).
  #writeSyncPiece(piece) {
    for (;;) {
      try {
        const n = this.#fs.writeSync(this.#fd, piece, 0, piece.length, null);
        return typeof n === 'number' ? n : piece.length;
      } catch (err) {
        if (!isBusyError(err) || !this.#retryEAGAIN(err, piece.length, this.#queuedBytes - piece.length)) throw err;
        sleep(kBusyRetryMs);
      }
    }
  }

  // Writes bytes now (see #writeSyncPiece); keep(rest) gets what is left unwritten,
  // whether it returns or throws.
  #writeAllSync(bytes, keep) {
    try {
      while (bytes.length > 0) {
        const piece = bytes.length > this.#maxWrite ? bytes.subarray(0, this.#maxWrite) : bytes;
        const n = this.#writeSyncPiece(piece);
        bytes = bytes.subarray(n);
        this.#queuedBytes -= n;
      }
    } finally {
      keep(bytes);
    }
  }

  #sessionDone() {
    this.#busy = false;
    this.#flushing = false;
    if (this.#ending) this.#close();
    else this.#emitDrain();
  }

  // A synchronous stream emits one 'drain' for all the writes of a tick; an
  // asynchronous one as its write completes, or on the next tick when later is set.
  #emitDrain(later = false) {
    if (!this.#sync) {
      if (later) process.nextTick(() => this.emit('drain'));
      else this.emit('drain');
      return;
    }
    if (this.#drainScheduled) return;
    this.#drainScheduled = true;
    process.nextTick(() => {
      this.#drainScheduled = false;
      this.emit('drain');
    });
  }

  #callAfterDrain(cb) {
    const onDrain = () => {
      this.off('error', onError);
      if (this.#fsyncEach) {
        cb(null);
        return;
      }
      this.#fs.fsync(this.#fd, (err) => cb(err ?? null));
    };
    const onError = (err) => {
      this.off('drain', onDrain);
      cb(err);
    };
    this.once('drain', onDrain);
    this.once('error', onError);
  }

  // Syncs (errors ignored: pipes and terminals cannot) and closes the descriptor, then
  // 'finish' (after end()) and 'close'. Standard output and error stay open.
  #close() {
    if (this.#closing) return;
    this.#closing = true;
    this.#destroyed = true;
    if (this.#timer !== null) {
      clearInterval(this.#timer);
      this.#timer = null;
    }
    const fd = this.#fd;
    const done = (err) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      if (this.#ending) this.emit('finish');
      this.emit('close');
    };
    if (fd < 0) {
      process.nextTick(done, null);
      return;
    }
    const closeFd = () => {
      if (fd === 1 || fd === 2) process.nextTick(done, null);
      else this.#fs.close(fd, done);
    };
    if (this.#fsyncEach) closeFd();
    else this.#fs.fsync(fd, closeFd);
  }
}

module.exports = { Utf8Stream };
