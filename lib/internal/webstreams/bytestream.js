'use strict';
// Readable byte streams: ReadableByteStreamController, ReadableStreamBYOBReader and
// ReadableStreamBYOBRequest, following the Streams Standard. Enqueued chunks and
// the views handed to read(view) are transferred (their ArrayBuffers detached), so
// bytes are copied at most once, from the queue into a reader's buffer.

const { codes } = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const {
  checkThis, deferred, invalidState, kState, kType, promiseCall, rejectThis, resetQueue,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');

const kConstruct = Symbol('kConstruct');

function isDetached(buffer) {
  return buffer.detached === true;
}

function transfer(buffer) {
  return buffer.transfer();
}

// --- the controller -----------------------------------------------------------

class ReadableByteStreamController {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    checkThis(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    return getBYOBRequest(this[kState]);
  }

  get desiredSize() {
    checkThis(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    return getDesiredSize(this[kState]);
  }

  close() {
    checkThis(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    controllerClose(c);
  }

  enqueue(chunk) {
    checkThis(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const c = this[kState];
    if (chunk.byteLength === 0) throw new codes.ERR_INVALID_ARG_VALUE('chunk', chunk, 'cannot be empty');
    if (chunk.buffer.byteLength === 0) throw new codes.ERR_INVALID_ARG_VALUE('chunk', chunk, 'cannot have a zero-length ArrayBuffer');
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    controllerEnqueue(c, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableByteStreamController', 'ReadableByteStreamController');
    controllerError(this[kState], error);
  }
}

class ReadableStreamBYOBRequest {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
  }

  get view() {
    checkThis(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    respond(controller, Number(bytesWritten));
  }

  respondWithNewView(view) {
    checkThis(this, 'ReadableStreamBYOBRequest', 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    respondWithNewView(controller, view);
  }
}

function setUpByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kConstruct);
  const { start, pull, cancel } = source;
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const c = {
    isByteController: true,
    controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    highWaterMark,
    pullAlgorithm: pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve(),
    cancelAlgorithm: cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve(),
  };
  controller[kState] = c;
  stream[kState].controller = c;
  const startResult = start ? Reflect.apply(start, source, [controller]) : undefined;
  Promise.resolve(startResult).then(() => {
    c.started = true;
    callPullIfNeeded(c);
  }, (r) => controllerError(c, r));
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].readRequests !== undefined;
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].readIntoRequests !== undefined;
}

function getDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function shouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable' || c.closeRequested || !c.started) return false;
  if (hasDefaultReader(stream) && stream[kState].reader[kState].readRequests.length > 0) return true;
  if (hasBYOBReader(stream) && stream[kState].reader[kState].readIntoRequests.length > 0) return true;
  return getDesiredSize(c) > 0;
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
  }, (e) => controllerError(c, e));
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function invalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function clearPendingPullIntos(c) {
  invalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function controllerError(c, e) {
  if (c.stream[kState].state !== 'readable') return;
  clearPendingPullIntos(c);
  resetQueue(c);
  clearAlgorithms(c);
  R.readableStreamError(c.stream, e);
}

function controllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      controllerError(c, e);
      throw e;
    }
  }
  clearAlgorithms(c);
  R.readableStreamClose(stream);
}

function controllerEnqueue(c, chunk) {
  const stream = c.stream;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk\'s ArrayBuffer is detached');
  const transferredBuffer = transfer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    invalidateBYOBRequest(c);
    first.buffer = transfer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(c, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(c);
    if (stream[kState].reader[kState].readRequests.length === 0) {
      enqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) c.pendingPullIntos.shift();
      R.fulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    for (const d of processPullIntoDescriptorsUsingQueue(c)) commitPullIntoDescriptor(stream, d);
  } else {
    enqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
  }
  callPullIfNeeded(c);
}

function enqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    controllerError(c, e);
    throw e;
  }
  enqueueChunkToQueue(c, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(c, d) {
  if (d.bytesFilled > 0) enqueueClonedChunkToQueue(c, d.buffer, d.byteOffset, d.bytesFilled);
  c.pendingPullIntos.shift();
}

function fillReadRequestFromQueue(c, readRequest) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  handleQueueDrain(c);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function processReadRequestsUsingQueue(c) {
  const r = c.stream[kState].reader[kState];
  while (r.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    fillReadRequestFromQueue(c, r.readRequests.shift());
  }
}

function handleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    clearAlgorithms(c);
    R.readableStreamClose(c.stream);
  } else {
    callPullIfNeeded(c);
  }
}

function processPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const d = c.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(c, d)) {
      c.pendingPullIntos.shift();
      filled.push(d);
    }
  }
  return filled;
}

// Copies queued bytes into a pending read's buffer; true once it holds at least
// its minimum (in whole elements).
function fillPullIntoDescriptorFromQueue(c, d) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % d.elementSize);
  if (maxAlignedBytes >= d.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - d.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = d.byteOffset + d.bytesFilled;
    new Uint8Array(d.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    invalidateBYOBRequest(c);
    d.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function convertPullIntoDescriptor(d) {
  const buffer = transfer(d.buffer);
  return new d.viewConstructor(buffer, d.byteOffset, d.bytesFilled / d.elementSize);
}

function commitPullIntoDescriptor(stream, d) {
  const done = stream[kState].state === 'closed';
  const filledView = convertPullIntoDescriptor(d);
  if (d.readerType === 'default') {
    R.fulfillReadRequest(stream, filledView, done);
  } else {
    const readIntoRequest = stream[kState].reader[kState].readIntoRequests.shift();
    if (done) readIntoRequest.close(filledView);
    else readIntoRequest.chunk(filledView);
  }
}

function getBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kConstruct);
    request[kState] = { controller: c, view };
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function respond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  if (c.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw invalidState('Controller is closed');
  } else {
    if (bytesWritten === 0) throw invalidState('bytesWritten must be greater than 0');
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transfer(first.buffer);
  respondInternal(c, bytesWritten);
}

function respondWithNewView(c, view) {
  const first = c.pendingPullIntos[0];
  if (c.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw invalidState('The view\'s length must be 0 when the stream is closed');
  } else if (view.byteLength === 0) {
    throw invalidState('The view\'s length must be greater than 0');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transfer(view.buffer);
  respondInternal(c, viewByteLength);
}

function respondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  invalidateBYOBRequest(c);
  const stream = c.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') c.pendingPullIntos.shift();
    if (hasBYOBReader(stream)) {
      while (stream[kState].reader[kState].readIntoRequests.length > 0) {
        commitPullIntoDescriptor(stream, c.pendingPullIntos.shift());
      }
    }
  } else {
    respondInReadableState(c, bytesWritten, first);
  }
  callPullIfNeeded(c);
}

function respondInReadableState(c, bytesWritten, d) {
  const stream = c.stream;
  d.bytesFilled += bytesWritten;
  if (d.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(c, d);
    for (const filled of processPullIntoDescriptorsUsingQueue(c)) commitPullIntoDescriptor(stream, filled);
    return;
  }
  if (d.bytesFilled < d.minimumFill) return;
  c.pendingPullIntos.shift();
  const remainderSize = d.bytesFilled % d.elementSize;
  if (remainderSize > 0) {
    const end = d.byteOffset + d.bytesFilled;
    enqueueClonedChunkToQueue(c, d.buffer, end - remainderSize, remainderSize);
  }
  d.bytesFilled -= remainderSize;
  const filledPullIntos = processPullIntoDescriptorsUsingQueue(c);
  commitPullIntoDescriptor(stream, d);
  for (const filled of filledPullIntos) commitPullIntoDescriptor(stream, filled);
}

// --- hooks called by ReadableStream -------------------------------------------

function pullSteps(c, readRequest) {
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    fillReadRequestFromQueue(c, readRequest);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (e) {
      readRequest.error(e);
      return;
    }
    c.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
      minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  stream[kState].reader[kState].readRequests.push(readRequest);
  callPullIfNeeded(c);
}

function cancelSteps(c, reason) {
  clearPendingPullIntos(c);
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result;
}

function releaseSteps(c) {
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }
}

function pullInto(c, view, min, readIntoRequest) {
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    // The species, as node: a Buffer's is FastBuffer, so filling a Buffer does
    // not call the deprecated Buffer() (DEP0005).
    ctor = view.constructor;
    ctor = ctor?.[Symbol.species] ?? ctor;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transfer(view.buffer);
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const d = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  const readIntoRequests = stream[kState].reader[kState].readIntoRequests;
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(d);
    readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new ctor(d.buffer, d.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(c, d)) {
      const filledView = convertPullIntoDescriptor(d);
      handleQueueDrain(c);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = invalidState('ReadableStream is closed');
      controllerError(c, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(d);
  readIntoRequests.push(readIntoRequest);
  callPullIfNeeded(c);
}

// --- the BYOB reader ----------------------------------------------------------

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!R.isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (R.isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    if (stream[kState].controller?.isByteController !== true) {
      throw new codes.ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], closed: deferred() };
    R.readerGenericInitialize(this, stream);
  }

  read(view, options = kEmptyObject) {
    const bad = rejectThis(this, 'ReadableStreamBYOBReader', 'ReadableStreamBYOBReader');
    if (bad) return bad;
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0) {
      return Promise.reject(new codes.ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return Promise.reject(new codes.ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    const min = options?.min ?? 1;
    if (typeof min !== 'number' || !Number.isInteger(min) || min <= 0) {
      return Promise.reject(new codes.ERR_INVALID_ARG_VALUE.RangeError('options.min', min));
    }
    const length = view instanceof DataView ? view.byteLength : view.length;
    if (min > length) return Promise.reject(new codes.ERR_INVALID_ARG_VALUE.RangeError('options.min', min));
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = deferred();
    const readIntoRequest = {
      chunk: (value) => resolve({ value, done: false }),
      close: (value) => resolve({ value, done: true }),
      error: reject,
    };
    stream[kState].disturbed = true;
    if (stream[kState].state === 'errored') readIntoRequest.error(stream[kState].storedError);
    else pullInto(stream[kState].controller, view, min, readIntoRequest);
    return promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamBYOBReader', 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    R.defaultReaderRelease(this);
  }

  get closed() {
    const bad = rejectThis(this, 'ReadableStreamBYOBReader', 'ReadableStreamBYOBReader');
    if (bad) return bad;
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    const bad = rejectThis(this, 'ReadableStreamBYOBReader', 'ReadableStreamBYOBReader');
    if (bad) return bad;
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return R.readableStreamCancel(stream, reason);
  }
}

for (const C of [ReadableByteStreamController, ReadableStreamBYOBRequest, ReadableStreamBYOBReader]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  cancelSteps,
  pullSteps,
  releaseSteps,
  setUpByteControllerFromSource,
};
