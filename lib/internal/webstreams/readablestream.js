'use strict';
// WHATWG ReadableStream with its default reader and controller: the algorithms of
// the Streams Standard (pull when below the high-water mark, read requests served
// in order, cancel/error/close propagation, tee, pipeTo, async iteration, from).
// `type: 'bytes'` sources get the byte controller and BYOB readers of
// internal/webstreams/bytestream.

const {
  AbortError,
  codes,
} = require('internal/errors');
const { kEmptyObject, customInspectSymbol } = require('internal/util');
const {
  checkThis, deferred, dequeueValue, enqueueValueWithSize, extractHighWaterMark,
  extractSizeAlgorithm, invalidState, kState, kType, noop, promiseCall, rejectThis,
  rejected, resetQueue, setHandled,
} = require('internal/webstreams/util');
const { kIsClosedPromise, kControllerErrorFunction } = require('internal/streams/utils');

let bytes;
function lazyBytes() {
  bytes ??= require('internal/webstreams/bytestream');
  return bytes;
}

let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

// --- ReadableStream -----------------------------------------------------------

class ReadableStream {
  constructor(source = kEmptyObject, strategy = kEmptyObject) {
    if (source === null) source = kEmptyObject;
    if (typeof source !== 'object' && typeof source !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    strategy ??= kEmptyObject;
    this[kType] = 'ReadableStream';
    initStreamState(this);
    const type = source.type;
    if (type !== undefined && `${type}` !== 'bytes') {
      throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
      if (strategy.size !== undefined) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size,
          `cannot be defined for byte streams`);
      }
      lazyBytes().setUpByteControllerFromSource(this, source, extractHighWaterMark(strategy.highWaterMark, 0));
      return;
    }
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    const size = extractSizeAlgorithm(strategy.size);
    setUpControllerFromSource(this, source, highWaterMark, size);
  }

  get locked() {
    checkThis(this, 'ReadableStream', 'ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    const bad = rejectThis(this, 'ReadableStream', 'ReadableStream');
    if (bad) return bad;
    if (this[kState].reader !== undefined) return Promise.reject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = kEmptyObject) {
    checkThis(this, 'ReadableStream', 'ReadableStream');
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new (lazyBytes().ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    checkThis(this, 'ReadableStream', 'ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!lazyWritable().isWritableStream(writable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventAbort, preventCancel, preventClose, signal } = options ?? kEmptyObject;
    if (signal !== undefined) validateSignal(signal);
    if (this.locked) throw invalidState('The ReadableStream is locked');
    if (writable.locked) throw invalidState('The WritableStream is locked');
    setHandled(readableStreamPipeTo(this, writable, !!preventClose, !!preventAbort, !!preventCancel, signal));
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    const bad = rejectThis(this, 'ReadableStream', 'ReadableStream');
    if (bad) return bad;
    try {
      if (!lazyWritable().isWritableStream(destination)) {
        throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = options ?? kEmptyObject;
      if (signal !== undefined) validateSignal(signal);
      if (this.locked) throw invalidState('The ReadableStream is locked');
      if (destination.locked) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, !!preventClose, !!preventAbort, !!preventCancel, signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream', 'ReadableStream');
    return readableStreamDefaultTee(this);
  }

  values(options = kEmptyObject) {
    checkThis(this, 'ReadableStream', 'ReadableStream');
    return createAsyncIterator(this, !!options?.preventCancel);
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  [customInspectSymbol](depth, options) {
    const supportsBYOB = this[kState].controller?.isByteController === true;
    return `ReadableStream { locked: ${this.locked}, state: '${this[kState].state}', supportsBYOB: ${supportsBYOB} }`;
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });

// kIsClosedPromise settles when the stream closes or errors (finished() and
// pipeline() wait on it); kControllerErrorFunction lets addAbortSignal() error it.
function initStreamState(stream) {
  stream[kState] = {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined,
  };
  const closed = deferred();
  setHandled(closed.promise);
  stream[kIsClosedPromise] = closed;
  stream[kControllerErrorFunction] = (err) => controllerError(stream[kState].controller, err);
}

function validateSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
}

function isReadableStream(obj) {
  return obj != null && typeof obj === 'object' && obj[kType] === 'ReadableStream';
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

// --- the default controller ---------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key) {
    if (key !== kConstruct) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    this[kType] = 'ReadableStreamDefaultController';
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    return controllerGetDesiredSize(this[kState]);
  }

  close() {
    checkThis(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    const c = this[kState];
    if (!canCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    controllerClose(c);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    const c = this[kState];
    if (!canCloseOrEnqueue(c)) throw invalidState('Controller is already closed');
    controllerEnqueue(c, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableStreamDefaultController', 'ReadableStreamDefaultController');
    controllerError(this[kState], error);
  }

  get byobRequest() {
    return null;
  }
}

const kConstruct = Symbol('kConstruct');

function setUpControllerFromSource(stream, source, highWaterMark, size) {
  const controller = new ReadableStreamDefaultController(kConstruct);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controller]) : noop;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  setUpController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, size);
}

function setUpController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, size) {
  const c = {
    controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm: size,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  controller[kState] = c;
  stream[kState].controller = c;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    callPullIfNeeded(c);
  }, (r) => {
    controllerError(c, r);
  });
}

function callPullIfNeeded(c) {
  if (!shouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(c);
    }
  }, (e) => {
    controllerError(c, e);
  });
}

function shouldCallPull(c) {
  const stream = c.stream;
  if (!canCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) return true;
  return controllerGetDesiredSize(c) > 0;
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function controllerClose(c) {
  if (!canCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function controllerEnqueue(c, chunk) {
  if (!canCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.sizeAlgorithm(chunk);
    } catch (err) {
      controllerError(c, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      controllerError(c, err);
      throw err;
    }
  }
  callPullIfNeeded(c);
}

function controllerError(c, e) {
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  clearAlgorithms(c);
  readableStreamError(c.stream, e);
}

function controllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function canCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function controllerHasBackpressure(c) {
  return !shouldCallPull(c);
}

function controllerPullSteps(c, readRequest) {
  if (c.isByteController) {
    lazyBytes().pullSteps(c, readRequest);
    return;
  }
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      clearAlgorithms(c);
      readableStreamClose(c.stream);
    } else {
      callPullIfNeeded(c);
    }
    readRequest.chunk(chunk);
  } else {
    c.stream[kState].reader[kState].readRequests.push(readRequest);
    callPullIfNeeded(c);
  }
}

function controllerCancelSteps(c, reason) {
  if (c.isByteController) return lazyBytes().cancelSteps(c, reason);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result;
}

// --- stream-level algorithms --------------------------------------------------

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function fulfillReadRequest(stream, chunk, done) {
  const readRequest = stream[kState].reader[kState].readRequests.shift();
  if (done) readRequest.close();
  else readRequest.chunk(chunk);
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  return controllerCancelSteps(s.controller, reason).then(noop);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.resolve();
  if (r.readRequests === undefined) return; // a BYOB reader
  const requests = r.readRequests;
  r.readRequests = [];
  for (const request of requests) request.close();
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  stream[kIsClosedPromise].reject(e);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(e);
  setHandled(r.closed.promise);
  const key = r.readRequests !== undefined ? 'readRequests' : 'readIntoRequests';
  const requests = r[key];
  r[key] = [];
  for (const request of requests) request.error(e);
}

// --- the default reader -------------------------------------------------------

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], closed: deferred() };
    readerGenericInitialize(this, stream);
  }

  read() {
    const bad = rejectThis(this, 'ReadableStreamDefaultReader', 'ReadableStreamDefaultReader');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(this, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => resolve({ value: undefined, done: true }),
      error: reject,
    });
    return promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamDefaultReader', 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    const bad = rejectThis(this, 'ReadableStreamDefaultReader', 'ReadableStreamDefaultReader');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    const bad = rejectThis(this, 'ReadableStreamDefaultReader', 'ReadableStreamDefaultReader');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return readableStreamCancel(stream, reason);
  }
}

function readerGenericInitialize(reader, stream) {
  const r = reader[kState];
  const s = stream[kState];
  r.stream = stream;
  s.reader = reader;
  if (s.state === 'closed') {
    r.closed.resolve();
  } else if (s.state === 'errored') {
    r.closed.reject(s.storedError);
    setHandled(r.closed.promise);
  }
}

function defaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.close();
  else if (s.state === 'errored') readRequest.error(s.storedError);
  else controllerPullSteps(s.controller, readRequest);
}

function defaultReaderRelease(reader) {
  const key = reader[kState].readRequests !== undefined ? 'readRequests' : 'readIntoRequests';
  const stream = genericRelease(reader);
  void stream;
  const r = reader[kState];
  const requests = r[key];
  r[key] = [];
  for (const request of requests) request.error(invalidState('Releasing reader'));
}

// Detaches a reader (default or BYOB) from its stream.
function genericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const error = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    r.closed.reject(error);
  } else {
    r.closed = deferred();
    r.closed.reject(error);
  }
  setHandled(r.closed.promise);
  const c = stream[kState].controller;
  if (c.isByteController) lazyBytes().releaseSteps(c);
  stream[kState].reader = undefined;
  r.stream = undefined;
  return stream;
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// --- tee ----------------------------------------------------------------------

function copyView(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// The tee of a byte stream reads it through a default reader; its branches are
// default streams (no BYOB readers on them).
function readableStreamDefaultTee(stream) {
  const isBytes = stream[kState].controller?.isByteController === true;
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(value) {
        // Let a pending cancel or error settle before the chunk is handed on.
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) controllerEnqueue(branch1[kState].controller, value);
          // Byte chunks are views: the second branch gets its own copy of the bytes.
          if (!canceled2) controllerEnqueue(branch2[kState].controller, isBytes ? copyView(value) : value);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) controllerClose(branch1[kState].controller);
        if (!canceled2) controllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2);
  reader[kState].closed.promise.catch((r) => {
    controllerError(branch1[kState].controller, r);
    controllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// A stream made from algorithms rather than an underlying source object.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initStreamState(stream);
  const controller = new ReadableStreamDefaultController(kConstruct);
  setUpController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, size);
  return stream;
}

// --- pipeTo -------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = acquireDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = deferred();
  let abortListener;

  function finalize(isError, error) {
    W.writerRelease(writer);
    defaultReaderRelease(reader);
    if (abortListener) signal.removeEventListener('abort', abortListener);
    if (isError) result.reject(error);
    else result.resolve();
  }

  function waitForWrites() {
    const last = currentWrite;
    return last.then(() => (last !== currentWrite ? waitForWrites() : undefined), noop);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      action().then(() => finalize(originalIsError, originalError), (err) => finalize(true, err));
    };
    if (dest[kState].state === 'writable' && !W.closeQueuedOrInFlight(dest)) waitForWrites().then(run);
    else run();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !W.closeQueuedOrInFlight(dest)) {
      waitForWrites().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortListener = () => {
      const error = signal.reason ?? new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortListener();
      return result.promise;
    }
    signal.addEventListener('abort', abortListener, { once: true });
  }

  // Errors and closing, checked whenever either side changes state.
  function checkStates() {
    if (shuttingDown) return true;
    const s = source[kState];
    const d = dest[kState];
    if (s.state === 'errored') {
      if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, s.storedError), true, s.storedError);
      else shutdown(true, s.storedError);
      return true;
    }
    if (d.state === 'errored' || d.state === 'erroring') {
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, d.storedError), true, d.storedError);
      else shutdown(true, d.storedError);
      return true;
    }
    if (s.state === 'closed') {
      if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(writer));
      else shutdown();
      return true;
    }
    if (W.closeQueuedOrInFlight(dest) || d.state === 'closed') {
      const destClosed = new codes.ERR_INVALID_STATE.TypeError('the destination writable stream closed before all the data could be piped to it');
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
      return true;
    }
    return false;
  }

  reader[kState].closed.promise.then(checkStates, checkStates);
  W.writerClosedPromise(writer).then(checkStates, checkStates);

  function pump() {
    if (checkStates()) return;
    W.writerReadyPromise(writer).then(() => {
      if (checkStates()) return;
      defaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = setHandled(W.writerWrite(writer, chunk));
          queueMicrotask(pump);
        },
        close: () => checkStates(),
        error: () => checkStates(),
      });
    }, () => checkStates());
  }
  pump();
  return result.promise;
}

// --- async iteration and from() -----------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireDefaultReader(stream);
  let done = false;
  let current;

  function nextSteps() {
    if (done) return Promise.resolve({ value: undefined, done: true });
    if (reader[kState].stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(reader, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => {
        done = true;
        defaultReaderRelease(reader);
        resolve({ value: undefined, done: true });
      },
      error: (e) => {
        done = true;
        defaultReaderRelease(reader);
        reject(e);
      },
    });
    return promise;
  }

  function returnSteps(value) {
    if (done) return Promise.resolve({ value, done: true });
    done = true;
    if (reader[kState].stream === undefined) return Promise.resolve({ value, done: true });
    if (!preventCancel) {
      const result = readableStreamCancel(reader[kState].stream, value);
      defaultReaderRelease(reader);
      return result.then(() => ({ value, done: true }));
    }
    defaultReaderRelease(reader);
    return Promise.resolve({ value, done: true });
  }

  return Object.setPrototypeOf({
    next() {
      current = current ? current.then(nextSteps, nextSteps) : nextSteps();
      return current;
    },
    return(value) {
      const after = () => returnSteps(value);
      current = current ? current.then(after, after) : after();
      return current;
    },
  }, AsyncIteratorPrototype);
}

function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    const syncIterator = iterable[Symbol.iterator]();
    iterator = {
      next: () => {
        const r = syncIterator.next();
        return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
      },
      return: syncIterator.return ? (v) => Promise.resolve(syncIterator.return(v)) : undefined,
    };
  } else {
    const { codes: { ERR_ARG_NOT_ITERABLE } } = require('internal/errors');
    throw new ERR_ARG_NOT_ITERABLE(iterable);
  }
  nextMethod = iterator.next;
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new codes.ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      const c = stream[kState].controller;
      if (result.done) controllerClose(c);
      else controllerEnqueue(c, result.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    const returnMethod = iterator.return;
    if (returnMethod === undefined) return Promise.resolve();
    let returnResult;
    try {
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(returnResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new codes.ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(noop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, { value: 'ReadableStreamDefaultReader', configurable: true });
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, { value: 'ReadableStreamDefaultController', configurable: true });

module.exports = {
  ReadableStream,
  fulfillReadRequest,
  genericRelease,
  readableStreamClose,
  readableStreamError,
  readerGenericInitialize,
  isReadableStreamLocked,
  defaultReaderRelease,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  acquireDefaultReader,
  controllerClose,
  controllerEnqueue,
  controllerError,
  controllerGetDesiredSize,
  controllerHasBackpressure,
  canCloseOrEnqueue,
  createReadableStream,
  isReadableStream,
  readableStreamCancel,
  rejected,
};
