'use strict';
// Readable: a source that buffers pushed chunks up to highWaterMark and hands them
// out in flowing mode ('data') or paused mode ('readable' + read()). The state's
// booleans live in one bit field (ReadableState#state) with accessors for the
// named fields that npm packages read; the buffer is an array consumed from
// bufferIndex so that shifting a chunk never copies the list.

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  allocBytes, concatChunks, fromUint8Array, isBuffer, isEncoding, isView, stringToBytes,
} = require('internal/streams/chunk');
const {
  AbortError,
  codes,
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');
const { isInteger: NumberIsInteger, isNaN: NumberIsNaN, parseInt: NumberParseInt } = Number;

let Duplex;
function isDuplexInstance(stream) {
  Duplex ??= require('internal/streams/duplex');
  return stream instanceof Duplex;
}
const nop = () => {};
// The buffer and pipes of a stream that has none: one shared frozen array (an empty
// array per list and stream is ~60 bytes of heap that an idle stream pays for
// nothing). A list gets its own array with its first entry.
const kNone = Object.freeze([]);

// --- state --------------------------------------------------------------------

const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kEndEmitted = 1 << 2;
const kReading = 1 << 3;
const kConstructed = 1 << 4;
const kSync = 1 << 5;
const kNeedReadable = 1 << 6;
const kEmittedReadable = 1 << 7;
const kReadableListening = 1 << 8;
const kResumeScheduled = 1 << 9;
const kErrorEmitted = 1 << 10;
const kEmitClose = 1 << 11;
const kAutoDestroy = 1 << 12;
const kDestroyed = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kMultiAwaitDrain = 1 << 16;
const kReadingMore = 1 << 17;
const kDataEmitted = 1 << 18;

function defineFlag(proto, name, bit) {
  Object.defineProperty(proto, name, {
    get() { return (this.state & bit) !== 0; },
    set(v) {
      if (v) this.state |= bit;
      else this.state &= ~bit;
    },
    enumerable: false,
    configurable: true,
  });
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  this.state = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) this.state |= kObjectMode;
    if (options.emitClose === false) this.state &= ~kEmitClose;
    if (options.autoDestroy === false) this.state &= ~kAutoDestroy;
  }
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = kNone;
  this.bufferIndex = 0;
  this.length = 0;
  this.flowing = null;
  this[kPaused] = null;
  if (options && (options.defaultEncoding != null || options.encoding)) readableEncodings(this, options);
}

// The fields most streams leave at their defaults live on the prototype: a state
// object then has 7 slots of its own (80 bytes of heap) rather than 13 (160), which
// every socket pays for.
ReadableState.prototype.pipes = kNone;
ReadableState.prototype.awaitDrainWriters = null;
ReadableState.prototype.errored = null;
ReadableState.prototype.defaultEncoding = 'utf8';
ReadableState.prototype.decoder = null;
ReadableState.prototype.encoding = null;

function readableEncodings(state, options) {
  const { defaultEncoding } = options;
  if (defaultEncoding != null) {
    if (!isEncoding(defaultEncoding)) throw new codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
    state.defaultEncoding = defaultEncoding;
  }
  if (options.encoding) {
    const { StringDecoder } = require('string_decoder');
    state.decoder = new StringDecoder(options.encoding);
    state.encoding = options.encoding;
  }
}

for (const [name, bit] of [
  ['objectMode', kObjectMode], ['ended', kEnded], ['endEmitted', kEndEmitted],
  ['reading', kReading], ['constructed', kConstructed], ['sync', kSync],
  ['needReadable', kNeedReadable], ['emittedReadable', kEmittedReadable],
  ['readableListening', kReadableListening], ['resumeScheduled', kResumeScheduled],
  ['errorEmitted', kErrorEmitted], ['emitClose', kEmitClose], ['autoDestroy', kAutoDestroy],
  ['destroyed', kDestroyed], ['closed', kClosed], ['closeEmitted', kCloseEmitted],
  ['multiAwaitDrain', kMultiAwaitDrain], ['readingMore', kReadingMore],
  ['dataEmitted', kDataEmitted],
]) defineFlag(ReadableState.prototype, name, bit);

Object.defineProperty(ReadableState.prototype, 'paused', {
  get() { return this[kPaused] !== false; },
  set(v) { this[kPaused] = !!v; },
  configurable: true,
});

// Kept for packages that read it: the number of pipe destinations.
Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  get() { return this.pipes.length; },
  configurable: true,
});

function bufferPush(state, chunk) {
  if (state.buffer === kNone) state.buffer = [chunk];
  else state.buffer.push(chunk);
}

function bufferUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else if (state.buffer === kNone) state.buffer = [chunk];
  else state.buffer.unshift(chunk);
}

function bufferClear(state) {
  state.buffer = kNone;
  state.bufferIndex = 0;
}

function bufferCount(state) {
  return state.buffer.length - state.bufferIndex;
}

function bufferShift(state) {
  const buf = state.buffer;
  const chunk = buf[state.bufferIndex];
  buf[state.bufferIndex++] = undefined;
  if (state.bufferIndex === buf.length) {
    state.buffer = kNone;
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024 && state.bufferIndex * 2 > buf.length) {
    buf.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return chunk;
}

// --- Readable -----------------------------------------------------------------

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._events ??= {
    close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined,
  };
  const isDuplex = isDuplexInstance(this);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
    }
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, () => {
      const state = this._readableState;
      if (state.state & kNeedReadable) maybeReadMore(this, state);
    });
  }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function onRejection(err) {
  this.destroy(err);
};
Readable.prototype[Symbol.asyncDispose] = function asyncDispose() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  const eos = require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

Readable.prototype.push = function push(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  if ((state.state & kObjectMode) === 0 && chunk != null) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (encoding !== state.encoding && !isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          const bytes = stringToBytes(chunk, encoding);
          chunk = typeof bytes === 'string' ? bytes : bytes.toString(state.encoding);
        } else {
          chunk = stringToBytes(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isBuffer(chunk)) {
      encoding = '';
    } else if (isView(chunk)) {
      chunk = fromUint8Array(chunk);
      encoding = '';
    } else {
      errorOrDestroy(stream, new codes.ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }

  if (chunk === null) {
    state.state &= ~kReading;
    onEofChunk(stream, state);
  } else if ((state.state & kObjectMode) !== 0 || (chunk !== undefined && chunk.length > 0)) {
    if (addToFront) {
      if (state.state & kEndEmitted) {
        errorOrDestroy(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if ((state.state & kDestroyed) !== 0 || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.state & kEnded) {
      errorOrDestroy(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
    } else if ((state.state & kDestroyed) !== 0 || state.errored) {
      return false;
    } else {
      state.state &= ~kReading;
      if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
        if ((state.state & kObjectMode) !== 0 || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.state &= ~kReading;
    maybeReadMore(stream, state);
  }
  return (state.state & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing === true && state.length === 0 && (state.state & kSync) === 0 &&
      stream.listenerCount('data') > 0) {
    if (state.state & kMultiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.state |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    if (addToFront) bufferUnshift(state, chunk);
    else bufferPush(state, chunk);
    if (state.state & kNeedReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  bufferClear(state);
  if (content !== '') bufferPush(state, content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // Round up to the next power of two so the mark does not creep up by small steps.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state.state & kEnded) !== 0)) return 0;
  if (state.state & kObjectMode) return 1;
  if (NumberIsNaN(n)) {
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state.state & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!NumberIsInteger(n)) n = NumberParseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.state &= ~kEmittedReadable;

  // read(0) with a full buffer (or at the end) only triggers 'readable'/'end'.
  if (n === 0 && (state.state & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state.state & kEnded) !== 0)) {
    if (state.length === 0 && (state.state & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && (state.state & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  let doRead = (state.state & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state.state & (kEnded | kReading | kDestroyed | kConstructed)) !== kConstructed ||
      state.errored) {
    doRead = false;
  } else if (doRead) {
    state.state |= kReading | kSync;
    if (state.length === 0) state.state |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.state &= ~kSync;
    // A synchronous push may have filled the buffer: recompute what we can return.
    if ((state.state & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) state.state |= kNeedReadable;
    else state.state &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if (state.state & kMultiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if ((state.state & kEnded) === 0) state.state |= kNeedReadable;
    if (nOrig !== n && (state.state & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state.state & (kErrorEmitted | kCloseEmitted)) === 0) {
    state.state |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n bytes (or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  if (state.state & kObjectMode) return bufferShift(state);
  if (!n || n >= state.length) {
    let ret;
    if (state.decoder) {
      ret = '';
      for (let i = state.bufferIndex; i < buf.length; i++) ret += buf[i];
    } else {
      ret = concatChunks(buf, state.bufferIndex, buf.length, state.length);
    }
    bufferClear(state);
    return ret;
  }
  const first = buf[state.bufferIndex];
  if (n < first.length) {
    buf[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return bufferShift(state);
  // n spans several chunks.
  if (typeof first === 'string') {
    let ret = '';
    while (ret.length < n) {
      const c = buf[state.bufferIndex];
      const need = n - ret.length;
      if (c.length <= need) {
        ret += c;
        bufferShift(state);
      } else {
        ret += c.slice(0, need);
        buf[state.bufferIndex] = c.slice(need);
      }
    }
    return ret;
  }
  const out = allocBytes(n);
  let off = 0;
  while (off < n) {
    const c = buf[state.bufferIndex];
    const need = n - off;
    if (c.length <= need) {
      out.set(c, off);
      off += c.length;
      bufferShift(state);
    } else {
      out.set(c.subarray(0, need), off);
      buf[state.bufferIndex] = c.subarray(need);
      off += need;
    }
  }
  return out;
}

function onEofChunk(stream, state) {
  if (state.state & kEnded) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      bufferPush(state, chunk);
      state.length += (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state.state |= kEnded;
  if (state.state & kSync) {
    emitReadable(stream);
  } else {
    state.state &= ~kNeedReadable;
    state.state |= kEmittedReadable;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.state &= ~kNeedReadable;
  if ((state.state & kEmittedReadable) === 0) {
    state.state |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state.state & kDestroyed) === 0 && !state.errored &&
      (state.length || (state.state & kEnded) !== 0)) {
    stream.emit('readable');
    state.state &= ~kEmittedReadable;
  }
  if (state.flowing !== true && (state.state & kEnded) === 0 && state.length <= state.highWaterMark) {
    state.state |= kNeedReadable;
  } else {
    state.state &= ~kNeedReadable;
  }
  flow(stream);
}

// Reads ahead (on the next tick) until the buffer reaches highWaterMark.
function maybeReadMore(stream, state) {
  if ((state.state & (kReadingMore | kConstructed)) === kConstructed) {
    state.state |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while ((state.state & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.state &= ~kReadingMore;
}

Readable.prototype._read = function _read(n) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && (state.state & kMultiAwaitDrain) === 0) {
    state.state |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  if (state.pipes === kNone) state.pipes = [dest];
  else state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.state & kEndEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting for this destination to drain, stop waiting for it.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.state &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    let ret;
    try {
      ret = dest.write(chunk);
    } catch (err) {
      // A chunk the destination refuses (an object into a byte stream) fails it.
      dest.destroy(err);
      return;
    }
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.state & kMultiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = kNone;
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  if (state.pipes.length === 1) state.pipes = kNone;
  else state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    if (this.listenerCount('readable') > 0) state.state |= kReadableListening;
    else state.state &= ~kReadableListening;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if ((state.state & (kEndEmitted | kReadableListening)) === 0) {
      state.state |= kReadableListening | kNeedReadable;
      state.flowing = false;
      state.state &= ~kEmittedReadable;
      if (state.length) emitReadable(this);
      else if ((state.state & kReading) === 0) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state.state |= kReadableListening;
  else state.state &= ~kReadableListening;
  if ((state.state & kResumeScheduled) !== 0 && state[kPaused] === false) {
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if ((state.state & kReadableListening) === 0) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() only marks the stream as not paused.
    state.flowing = (state.state & kReadableListening) === 0;
    if ((state.state & kResumeScheduled) === 0) {
      state.state |= kResumeScheduled;
      process.nextTick(resume_, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resume_(stream, state) {
  if ((state.state & kReading) === 0) stream.read(0);
  state.state &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && (state.state & kReading) === 0) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wraps an old-style stream (one that only emits 'data'/'end') as a Readable.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function asyncIterator() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  const eos = require('internal/streams/end-of-stream');
  const { aggregateTwoErrors } = require('internal/streams/utils');
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return r && r.buffer.slice(r.bufferIndex);
    },
  },
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

function endReadable(stream) {
  const state = stream._readableState;
  if ((state.state & kEndEmitted) === 0) {
    state.state |= kEnded;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && (state.state & (kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state.state |= kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.state & kAutoDestroy) {
      // A duplex is destroyed only once its writable side is done too.
      const w = stream._writableState;
      const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function from(iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function wrap(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// The iterator helpers: thin methods here, the operators module loads on first use.
let operators;
for (const [key, length, returnsStream] of [
  ['drop', 1, true], ['filter', 2, true], ['flatMap', 2, true], ['map', 2, true],
  ['take', 1, true], ['compose', 2, true], ['every', 1, false], ['forEach', 2, false],
  ['reduce', 3, false], ['toArray', 1, false], ['some', 1, false], ['find', 2, false],
]) {
  const fn = function(...args) {
    if (new.target) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    operators ??= require('internal/streams/operators');
    const result = Reflect.apply(operators[key], this, args);
    return returnsStream ? Readable.from(result) : result;
  };
  Object.defineProperty(fn, 'name', { value: key });
  Object.defineProperty(fn, 'length', { value: length });
  Object.defineProperty(Readable.prototype, key, {
    value: fn, enumerable: false, configurable: true, writable: true,
  });
}

Readable._fromList = fromList;
Readable._maybeReadMore = maybeReadMore;

module.exports = Readable;
