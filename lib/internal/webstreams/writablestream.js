'use strict';
// WHATWG WritableStream with its default writer and controller: one write in
// flight at a time, queued chunks measured by the strategy, backpressure through
// writer.ready, and the erroring -> errored sequence of abort().

const { codes } = require('internal/errors');
const { kEmptyObject, customInspectSymbol } = require('internal/util');
const {
  checkThis, deferred, dequeueValue, enqueueValueWithSize, extractHighWaterMark,
  extractSizeAlgorithm, invalidState, kState, kType, noop, peekQueueValue, promiseCall,
  rejectThis, resetQueue, setHandled,
} = require('internal/webstreams/util');
const { kControllerErrorFunction, kIsClosedPromise, newAbortController } = require('internal/streams/utils');

const kCloseSentinel = Symbol('kCloseSentinel');
const kConstruct = Symbol('kConstruct');

class WritableStream {
  constructor(sink = kEmptyObject, strategy = kEmptyObject) {
    if (sink === null) sink = kEmptyObject;
    if (typeof sink !== 'object' && typeof sink !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    }
    strategy ??= kEmptyObject;
    if (sink.type !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    initStream(this);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    const size = extractSizeAlgorithm(strategy.size);
    const controller = new WritableStreamDefaultController(kConstruct);
    const { start, write, close, abort } = sink;
    setUpController(this, controller,
      start ? () => Reflect.apply(start, sink, [controller]) : noop,
      write ? (chunk) => promiseCall(write, sink, chunk, controller) : () => Promise.resolve(),
      close ? () => promiseCall(close, sink) : () => Promise.resolve(),
      abort ? (reason) => promiseCall(abort, sink, reason) : () => Promise.resolve(),
      highWaterMark, size);
  }

  get locked() {
    checkThis(this, 'WritableStream', 'WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    const bad = rejectThis(this, 'WritableStream', 'WritableStream');
    if (bad) return bad;
    if (this[kState].writer !== undefined) return Promise.reject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    const bad = rejectThis(this, 'WritableStream', 'WritableStream');
    if (bad) return bad;
    if (this[kState].writer !== undefined) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, 'WritableStream', 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol]() {
    return `WritableStream { locked: ${this.locked}, state: '${this[kState].state}' }`;
  }
}

Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream', configurable: true });

function initStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  const closed = deferred();
  setHandled(closed.promise);
  stream[kIsClosedPromise] = closed;
  stream[kControllerErrorFunction] = (err) => controllerErrorIfNeeded(stream[kState].controller, err);
}

function isWritableStream(obj) {
  return obj != null && typeof obj === 'object' && obj[kType] === 'WritableStream';
}

class WritableStreamDefaultController {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    checkThis(this, 'WritableStreamDefaultController', 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkThis(this, 'WritableStreamDefaultController', 'WritableStreamDefaultController');
    const c = this[kState];
    if (c.stream[kState].state !== 'writable') return;
    controllerError(c, error);
  }
}

function setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, size) {
  const c = {
    controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: newAbortController(),
    started: false,
    sizeAlgorithm: size,
    highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  controller[kState] = c;
  stream[kState].controller = c;
  updateBackpressure(stream, getBackpressure(c));
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    advanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    dealWithRejection(stream, r);
  });
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initStream(stream);
  const controller = new WritableStreamDefaultController(kConstruct);
  setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, size);
  return stream;
}

// --- stream algorithms --------------------------------------------------------

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller.abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState(`WritableStream is ${s.state}`));
  }
  const promise = deferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') writer[kState].ready.resolve();
  enqueueValueWithSize(s.controller, kCloseSentinel, 0);
  advanceQueueIfNeeded(s.controller);
  return promise.promise;
}

function addWriteRequest(stream) {
  const promise = deferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  if (s.writer !== undefined) ensureReadyPromiseRejected(s.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && s.controller.started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller);
  const storedError = s.storedError;
  for (const request of s.writeRequests) {
    request.reject(storedError);
    setHandled(request.promise);
  }
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller;
  const result = c.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(c);
  result.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const request = stream[kState].inFlightWriteRequest;
  request.reject(error);
  setHandled(request.promise);
  stream[kState].inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  if (s.writer !== undefined) s.writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  setHandled(s.inFlightCloseRequest.promise);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  stream[kIsClosedPromise].reject(s.storedError);
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    setHandled(s.closeRequest.promise);
    s.closeRequest = undefined;
  }
  if (s.writer !== undefined) {
    const w = s.writer[kState];
    w.closed.reject(s.storedError);
    setHandled(w.closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.writer !== undefined && backpressure !== s.backpressure) {
    const w = s.writer[kState];
    if (backpressure) w.ready = deferred();
    else w.ready.resolve();
  }
  s.backpressure = backpressure;
}

// --- controller algorithms ----------------------------------------------------

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function getDesiredSize(c) {
  return c.highWaterMark - c.queueTotalSize;
}

function getBackpressure(c) {
  return getDesiredSize(c) <= 0;
}

function controllerError(c, error) {
  clearAlgorithms(c);
  startErroring(c.stream, error);
}

function controllerErrorIfNeeded(c, error) {
  if (c.stream[kState].state === 'writable') controllerError(c, error);
}

function getChunkSize(c, chunk) {
  if (c.sizeAlgorithm === undefined) return 1;
  try {
    return c.sizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return 1;
  }
}

function controllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return;
  }
  const stream = c.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, getBackpressure(c));
  }
  advanceQueueIfNeeded(c);
}

function advanceQueueIfNeeded(c) {
  const stream = c.stream;
  const s = stream[kState];
  if (!c.started) return;
  if (s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (s.state !== 'writable' && s.state !== 'erroring') return;
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) processClose(c);
  else processWrite(c, value);
}

function processClose(c) {
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  clearAlgorithms(c);
  sinkClosePromise.then(() => finishInFlightClose(stream), (reason) => finishInFlightCloseWithError(stream, reason));
}

function processWrite(c, chunk) {
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && s.state === 'writable') {
      updateBackpressure(stream, getBackpressure(c));
    }
    advanceQueueIfNeeded(c);
  }, (reason) => {
    if (s.state === 'writable') clearAlgorithms(c);
    finishInFlightWriteWithError(stream, reason);
  });
}

// --- the default writer -------------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (stream[kState].writer !== undefined) throw invalidState('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    const w = this[kState] = { stream, ready: deferred(), closed: deferred() };
    const s = stream[kState];
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      if (closeQueuedOrInFlight(stream) || !s.backpressure) w.ready.resolve();
    } else if (state === 'erroring') {
      w.ready.reject(s.storedError);
      setHandled(w.ready.promise);
    } else if (state === 'closed') {
      w.ready.resolve();
      w.closed.resolve();
    } else {
      w.ready.reject(s.storedError);
      setHandled(w.ready.promise);
      w.closed.reject(s.storedError);
      setHandled(w.closed.promise);
    }
  }

  get closed() {
    const bad = rejectThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  get ready() {
    const bad = rejectThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (bad) return bad;
    return this[kState].ready.promise;
  }

  get desiredSize() {
    checkThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    const stream = this[kState].stream;
    if (stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    const state = stream[kState].state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return getDesiredSize(stream[kState].controller);
  }

  abort(reason = undefined) {
    const bad = rejectThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    const bad = rejectThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    const bad = rejectThis(this, 'WritableStreamDefaultWriter', 'WritableStreamDefaultWriter');
    if (bad) return bad;
    if (this[kState].stream === undefined) {
      return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }
}

// Rejects a pending promise, or replaces a settled one with a rejected one.
function ensureRejected(w, key, error) {
  if (w[key].settled) w[key] = deferred();
  w[key].reject(error);
  setHandled(w[key].promise);
}

function ensureReadyPromiseRejected(writer, error) {
  ensureRejected(writer[kState], 'ready', error);
}

function ensureClosedPromiseRejected(writer, error) {
  ensureRejected(writer[kState], 'closed', error);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const error = invalidState('Writer has been released');
  ensureReadyPromiseRejected(writer, error);
  ensureClosedPromiseRejected(writer, error);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const c = s.controller;
  const chunkSize = getChunkSize(c, chunk);
  if (stream !== writer[kState].stream) return Promise.reject(invalidState('Mismatched WritableStreams'));
  if (s.state === 'errored') return Promise.reject(s.storedError);
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') {
    return Promise.reject(invalidState('WritableStream is closed'));
  }
  if (s.state === 'erroring') return Promise.reject(s.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(c, chunk, chunkSize);
  return promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (closeQueuedOrInFlight(stream) || s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  return writableStreamClose(stream);
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, { value: 'WritableStreamDefaultWriter', configurable: true });
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, { value: 'WritableStreamDefaultController', configurable: true });

module.exports = {
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
  acquireWriter,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStream,
  writableStreamAbort,
  writerCloseWithErrorPropagation,
  writerClosedPromise: (writer) => writer[kState].closed.promise,
  writerReadyPromise: (writer) => writer[kState].ready.promise,
  writerRelease,
  writerWrite,
};
