'use strict';
// Writable: a sink that hands one chunk at a time to _write (or a batch to
// _writev), buffers the rest, reports backpressure through write()'s return value
// and 'drain', and finishes with _final -> 'prefinish' -> 'finish' -> 'close'.
// Booleans live in one bit field (WritableState#state); the write callback is one
// function made per stream (state.onwrite, on its first write), never one per chunk.
// Buffered writes are kept flat, three slots each (chunk, encoding, callback) in one
// array (state.queue), not as an object per write: a corked socket that takes a
// thousand writes before uncork() then holds one array instead of a thousand objects.
// Those objects lived until the uncork, long enough for the engine's young-generation
// collection to promote them, so every one cost a full collection to free: 1,000
// corked streams x 1,000 writes a tick ran 20 full collections in 10 ticks (JSC_logGC).
// The {chunk, encoding, callback} entries that _writev and writableBuffer hand out are
// made when asked for, and die young.

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { fromUint8Array, isBuffer, isEncoding, isView, stringToBytes } = require('internal/streams/chunk');
const {
  AbortError,
  codes,
} = require('internal/errors');

const { errorOrDestroy } = destroyImpl;
const kOnFinished = Symbol('kOnFinished');
const nop = () => {};
// The buffered writes and end() callbacks of a stream that has none: one shared frozen
// array (an empty array per list and stream is ~60 bytes of heap that an idle stream
// pays for nothing). A list gets its own array with its first entry.
const kNone = Object.freeze([]);

let Duplex;
function isDuplexInstance(stream) {
  Duplex ??= require('internal/streams/duplex');
  return stream instanceof Duplex;
}

const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kConstructed = 1 << 2;
const kSync = 1 << 3;
const kErrorEmitted = 1 << 4;
const kEmitClose = 1 << 5;
const kAutoDestroy = 1 << 6;
const kDestroyed = 1 << 7;
const kClosed = 1 << 8;
const kCloseEmitted = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  this.state = kEmitClose | kAutoDestroy | kConstructed | kSync | kDecodeStrings | kAllBuffers | kAllNoop;
  if (options) {
    if (options.objectMode || (isDuplex && options.writableObjectMode)) this.state |= kObjectMode;
    if (options.decodeStrings === false) this.state &= ~kDecodeStrings;
    if (options.emitClose === false) this.state &= ~kEmitClose;
    if (options.autoDestroy === false) this.state &= ~kAutoDestroy;
  }
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding != null) writableDefaultEncoding(this, defaultEncoding);
  this.length = 0;
  this.corked = 0;
  // The callback _write/_writev get, made on the first write that goes through them
  // (onwriteOf): a socket that is written straight to its handle, as an http server's
  // connection usually is, never makes it (84 bytes of heap per idle connection).
  this.onwrite = null;
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.pendingcb = 0;
}

// The fields most streams leave at their defaults (or set only when writes queue up)
// live on the prototype: a state object then has 9 slots of its own (96 bytes of
// heap) rather than 14 (160), which every socket pays for.
WritableState.prototype.defaultEncoding = 'utf8';
WritableState.prototype.queue = kNone; // chunk, encoding, callback, chunk, ...
WritableState.prototype.bufferedIndex = 0; // in writes (three slots each), not slots
WritableState.prototype.errored = null;
WritableState.prototype[kOnFinished] = kNone;

function writableDefaultEncoding(state, defaultEncoding) {
  if (!isEncoding(defaultEncoding)) throw new codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
  state.defaultEncoding = defaultEncoding;
}

for (const [name, bit] of [
  ['objectMode', kObjectMode], ['ended', kEnded], ['constructed', kConstructed],
  ['sync', kSync], ['errorEmitted', kErrorEmitted], ['emitClose', kEmitClose],
  ['autoDestroy', kAutoDestroy], ['destroyed', kDestroyed], ['closed', kClosed],
  ['closeEmitted', kCloseEmitted], ['finalCalled', kFinalCalled], ['needDrain', kNeedDrain],
  ['ending', kEnding], ['finished', kFinished], ['decodeStrings', kDecodeStrings],
  ['writing', kWriting], ['bufferProcessing', kBufferProcessing], ['prefinished', kPrefinished],
  ['allBuffers', kAllBuffers], ['allNoop', kAllNoop],
]) {
  Object.defineProperty(WritableState.prototype, name, {
    get() { return (this.state & bit) !== 0; },
    set(v) {
      if (v) this.state |= bit;
      else this.state &= ~bit;
    },
    configurable: true,
  });
}

// The buffered writes from bufferedIndex on, as { chunk, encoding, callback } entries.
function takeEntries(queue, from) {
  const entries = new Array((queue.length - from) / 3);
  for (let n = 0, s = from; s < queue.length; n++, s += 3) {
    entries[n] = { chunk: queue[s], encoding: queue[s + 1], callback: queue[s + 2] };
  }
  return entries;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return takeEntries(this.queue, this.bufferedIndex * 3);
};

// node's state.buffered, for code that reads it: a fresh array of the pending entries.
Object.defineProperty(WritableState.prototype, 'buffered', {
  get() { return this.getBuffer(); },
  configurable: true,
});

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.queue.length / 3 - this.bufferedIndex; },
  configurable: true,
});

function resetBuffer(state) {
  state.queue = kNone;
  state.bufferedIndex = 0;
  state.state |= kAllBuffers | kAllNoop;
}

function Writable(options) {
  const isDuplex = isDuplexInstance(this);
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  this._events ??= {
    close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
  };
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
    }
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, () => {
      const state = this._writableState;
      if ((state.state & kWriting) === 0) clearBuffer(this, state);
      finishMaybe(this, state);
    });
  }
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// A Duplex is not a Writable by prototype; `instanceof Writable` still says yes.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function hasInstance(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new codes.ERR_STREAM_CANNOT_PIPE());
};

function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) {
    throw new codes.ERR_STREAM_NULL_VALUES();
  } else if ((state.state & kObjectMode) === 0) {
    // Objects pass through untouched (encoding included); bytes and strings get a
    // checked encoding.
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (typeof chunk === 'string') {
      if ((state.state & kDecodeStrings) !== 0) {
        const bytes = stringToBytes(chunk, encoding);
        if (bytes !== chunk) {
          chunk = bytes;
          encoding = 'buffer';
        }
      }
    } else if (isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (isView(chunk)) {
      chunk = fromUint8Array(chunk);
      encoding = 'buffer';
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.state & kEnding) err = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if (state.state & kDestroyed) err = new codes.ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state.state & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  const ret = state.length < state.highWaterMark;
  if (!ret) state.state |= kNeedDrain;

  if ((state.state & kWriting) !== 0 || state.corked || state.errored ||
      (state.state & kConstructed) === 0) {
    if (state.queue === kNone) state.queue = [chunk, encoding, callback];
    else state.queue.push(chunk, encoding, callback);
    if (encoding !== 'buffer') state.state &= ~kAllBuffers;
    if (callback !== nop) state.state &= ~kAllNoop;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.state |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite ?? onwriteOf(stream, state));
    state.state &= ~kSync;
  }
  return ret && !state.errored && (state.state & kDestroyed) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.state |= kWriting | kSync;
  const cbOnwrite = state.onwrite ?? onwriteOf(stream, state);
  if (state.state & kDestroyed) cbOnwrite(new codes.ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, cbOnwrite);
  else stream._write(chunk, encoding, cbOnwrite);
  state.state &= ~kSync;
}

function onwriteOf(stream, state) {
  state.onwrite = (er) => onwrite(stream, er);
  return state.onwrite;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  if (state === undefined) return;
  const sync = (state.state & kSync) !== 0;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.state &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions -- capture the stack now
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.queue.length > state.bufferedIndex * 3) clearBuffer(stream, state);
    if (sync) {
      // Coalesce the callbacks of many synchronous writes into one tick.
      const info = state.afterWriteTickInfo;
      if (info !== null && info.cb === cb) {
        info.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  const needDrain = (state.state & (kEnding | kNeedDrain)) === kNeedDrain &&
    !stream.destroyed && state.length === 0;
  if (needDrain) {
    state.state &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.state & kDestroyed) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every buffered write (and pending end() callbacks) once destroyed.
function errorBuffer(state) {
  if (state.state & kWriting) return;
  const queue = state.queue;
  for (let s = state.bufferedIndex * 3; s < queue.length; s += 3) {
    const chunk = queue[s];
    const callback = queue[s + 2];
    const len = (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new codes.ERR_STREAM_DESTROYED('write'));
  }
  const onfinishCallbacks = takeOnFinished(state);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new codes.ERR_STREAM_DESTROYED('end'));
  }
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || (state.state & (kDestroyed | kBufferProcessing)) !== 0 ||
      (state.state & kConstructed) === 0) return;
  const queue = state.queue;
  const objectMode = (state.state & kObjectMode) !== 0;
  const bufferedLength = queue.length / 3 - state.bufferedIndex;
  if (!bufferedLength) return;

  let s = state.bufferedIndex * 3; // the next write's first slot
  state.state |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const chunks = takeEntries(queue, s);
    const callback = (state.state & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = 0; n < chunks.length; ++n) chunks[n].callback(err);
    };
    chunks.allBuffers = (state.state & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const chunk = queue[s];
      const encoding = queue[s + 1];
      const callback = queue[s + 2];
      queue[s] = queue[s + 2] = null;
      s += 3;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (s < queue.length && (state.state & kWriting) === 0);
    if (s === queue.length) {
      resetBuffer(state);
    } else if (s > 256 * 3) {
      queue.splice(0, s);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = s / 3;
    }
  }
  state.state &= ~kBufferProcessing;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // The write error has been reported already.
  } else if (!state.errored && (state.state & kEnding) === 0) {
    state.state |= kEnding;
    finishMaybe(this, state, true);
    state.state |= kEnded;
  } else if (state.state & kFinished) {
    err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.state & kDestroyed) {
    err = new codes.ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.state & kFinished) process.nextTick(cb, null);
    else if (state[kOnFinished] === kNone) state[kOnFinished] = [cb];
    else state[kOnFinished].push(cb);
  }
  return this;
};

// The end() callbacks waiting, which the stream no longer holds.
function takeOnFinished(state) {
  const callbacks = state[kOnFinished];
  state[kOnFinished] = kNone;
  return callbacks;
}

function needFinish(state) {
  return (state.state & (kEnding | kDestroyed | kConstructed | kFinished | kWriting |
    kErrorEmitted | kCloseEmitted)) === (kEnding | kConstructed) &&
    state.length === 0 && !state.errored && state.queue.length === 0;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const callbacks = takeOnFinished(state);
      for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
      errorOrDestroy(stream, err, (state.state & kSync) !== 0);
    } else if (needFinish(state)) {
      state.state |= kPrefinished;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.state |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.state &= ~kSync;
}

function prefinish(stream, state) {
  if ((state.state & (kPrefinished | kFinalCalled)) === 0) {
    if (typeof stream._final === 'function' && (state.state & kDestroyed) === 0) {
      state.state |= kFinalCalled;
      callFinal(stream, state);
    } else {
      state.state |= kPrefinished;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(finishIfNeeded, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishIfNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.state |= kFinished;
  const callbacks = takeOnFinished(state);
  for (let i = 0; i < callbacks.length; i++) callbacks[i](null);
  stream.emit('finish');
  if (state.state & kAutoDestroy) {
    // A duplex is destroyed only once its readable side has ended too.
    const r = stream._readableState;
    const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

Object.defineProperties(Writable.prototype, {
  closed: {
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return (w.state & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain;
    },
  },
  writableHighWaterMark: {
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    enumerable: false,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  // Buffered writes fail on the next tick, after 'close' is scheduled.
  if ((state.state & kDestroyed) === 0 &&
      (state.bufferedIndex * 3 < state.queue.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function onRejection(err) {
  this.destroy(err);
};
Writable.prototype[Symbol.asyncDispose] = function asyncDispose() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new AbortError();
    this.destroy(error);
  }
  const eos = require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
  });
};

Writable.fromWeb = function fromWeb(writableStream, options) {
  return require('internal/webstreams/adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function toWeb(streamWritable) {
  return require('internal/webstreams/adapters').newWritableStreamFromStreamWritable(streamWritable);
};

Writable._clearBuffer = clearBuffer;
Writable._finishMaybe = finishMaybe;

module.exports = Writable;
