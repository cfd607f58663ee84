'use strict';
// WHATWG TransformStream: a writable side whose chunks go through transform() into
// a readable side, with backpressure from the readable side holding writes back.

const { codes } = require('internal/errors');
const { kEmptyObject, customInspectSymbol } = require('internal/util');
const {
  checkThis, deferred, extractHighWaterMark, extractSizeAlgorithm, invalidState, kState, kType,
  promiseCall,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kConstruct = Symbol('kConstruct');

class TransformStream {
  constructor(transformer = kEmptyObject, writableStrategy = kEmptyObject, readableStrategy = kEmptyObject) {
    if (transformer === null) transformer = kEmptyObject;
    writableStrategy ??= kEmptyObject;
    readableStrategy ??= kEmptyObject;
    if (transformer.readableType !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);
    const startPromise = deferred();
    this[kType] = 'TransformStream';
    initialize(this, startPromise, writableHighWaterMark, writableSize, readableHighWaterMark, readableSize);
    setUpControllerFromTransformer(this, transformer);
    if (typeof transformer.start === 'function') {
      startPromise.resolve(Reflect.apply(transformer.start, transformer, [this[kState].controller.controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    checkThis(this, 'TransformStream', 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'TransformStream', 'TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol]() {
    return `TransformStream { readable: ${this.readable[customInspectSymbol]()}, writable: ${this.writable[customInspectSymbol]()}, backpressure: ${this[kState].backpressure} }`;
  }
}

Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });

function initialize(stream, startPromise, wHWM, wSize, rHWM, rSize) {
  const s = stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise.promise;
  s.writable = W.createWritableStream(startAlgorithm,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    wHWM, wSize);
  s.readable = R.createReadableStream(startAlgorithm,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    rHWM, rSize);
  setBackpressure(stream, true);
}

class TransformStreamDefaultController {
  constructor(key) {
    if (key !== kConstruct) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    checkThis(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController');
    const rc = this[kState].stream[kState].readable[kState].controller;
    return R.controllerGetDesiredSize(rc);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController');
    controllerEnqueue(this[kState], chunk);
  }

  error(reason = undefined) {
    checkThis(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkThis(this, 'TransformStreamDefaultController', 'TransformStreamDefaultController');
    const stream = this[kState].stream;
    R.controllerClose(stream[kState].readable[kState].controller);
    errorWritableAndUnblockWrite(stream, invalidState('TransformStream terminated'));
  }
}

function setUpControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kConstruct);
  const c = {
    controller,
    stream,
    transformAlgorithm: undefined,
    flushAlgorithm: undefined,
    cancelAlgorithm: undefined,
    finishPromise: undefined,
  };
  controller[kState] = c;
  stream[kState].controller = c;
  const { transform, flush, cancel } = transformer;
  c.transformAlgorithm = typeof transform === 'function' ?
    (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        controllerEnqueue(c, chunk);
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    };
  c.flushAlgorithm = typeof flush === 'function' ? () => promiseCall(flush, transformer, controller) : () => Promise.resolve();
  c.cancelAlgorithm = typeof cancel === 'function' ? (reason) => promiseCall(cancel, transformer, reason) : () => Promise.resolve();
}

function clearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(c, chunk) {
  const stream = c.stream;
  const rc = stream[kState].readable[kState].controller;
  if (!R.canCloseOrEnqueue(rc)) throw invalidState('Unable to enqueue');
  try {
    R.controllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = R.controllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function transformStreamError(stream, e) {
  R.controllerError(stream[kState].readable[kState].controller, e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream[kState].controller);
  W.controllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = deferred();
  s.backpressure = backpressure;
}

function performTransform(c, chunk) {
  return c.transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function sinkWrite(stream, chunk) {
  const s = stream[kState];
  const c = s.controller;
  if (s.backpressure) {
    return s.backpressureChange.promise.then(() => {
      const ws = s.writable[kState];
      if (ws.state === 'erroring') throw ws.storedError;
      return performTransform(c, chunk);
    });
  }
  return performTransform(c, chunk);
}

function sinkAbort(stream, reason) {
  const s = stream[kState];
  const c = s.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      R.controllerError(readable[kState].controller, reason);
      c.finishPromise.resolve();
    }
  }, (r) => {
    R.controllerError(readable[kState].controller, r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function sinkClose(stream) {
  const s = stream[kState];
  const c = s.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  c.finishPromise = deferred();
  const flushPromise = c.flushAlgorithm();
  clearAlgorithms(c);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      R.controllerClose(readable[kState].controller);
      c.finishPromise.resolve();
    }
  }, (r) => {
    R.controllerError(readable[kState].controller, r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const s = stream[kState];
  const c = s.controller;
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = s.writable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      c.finishPromise.reject(writable[kState].storedError);
    } else {
      W.controllerErrorIfNeeded(writable[kState].controller, reason);
      unblockWrite(stream);
      c.finishPromise.resolve();
    }
  }, (r) => {
    W.controllerErrorIfNeeded(writable[kState].controller, r);
    unblockWrite(stream);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, { value: 'TransformStreamDefaultController', configurable: true });

// A TransformStream whose two sides are given streams (a transferred one's twin,
// internal/webstreams/transfer.js).
function transformStreamFromPair(readable, writable) {
  const stream = Object.create(TransformStream.prototype);
  stream[kType] = 'TransformStream';
  stream[kState] = {
    readable, writable, backpressure: false, backpressureChange: undefined, controller: undefined,
  };
  return stream;
}

module.exports = { TransformStream, TransformStreamDefaultController, transformStreamFromPair };
