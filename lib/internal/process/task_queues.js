'use strict';
// process.nextTick and the tick processor. C (src/runtime/runtime.c) reads
// tickInfo to learn, without a call, whether ticks or rejections are waiting; after
// every entry into JS it calls processTicksAndRejections until both are clear.
// JSC runs promise jobs each time control returns to C, which gives node's order:
// the whole nextTick queue, then promise jobs, repeated until both are empty.

const { validateFunction } = require('internal/validators');
const { state: asyncState, kFrame, newAsyncId, originalThen } = require('internal/async_context');
// The hooks' emitters: only called while a hook is enabled, by when
// internal/async_hooks, which enables them, is loaded.
let asyncHooksModule;
const asyncHooks = () => (asyncHooksModule ??= require('internal/async_hooks'));

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;
const kQueuesHeld = 2; // set by C while callbacks skip the queues (runtime.h)
const tickInfo = new Uint8Array(3);

// A FIFO of callbacks in fixed-size circular segments, so shift() never copies.
const kSize = 2048;
const kMask = kSize - 1;
class Segment {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSize);
    this.next = null;
  }
}

let head = new Segment();
let tail = head;

function push(item) {
  if (((head.top + 1) & kMask) === head.bottom) {
    head = head.next = new Segment();
  }
  head.list[head.top] = item;
  head.top = (head.top + 1) & kMask;
}

function shift() {
  const seg = tail;
  if (seg.top === seg.bottom) return null;
  const item = seg.list[seg.bottom];
  seg.list[seg.bottom] = undefined;
  seg.bottom = (seg.bottom + 1) & kMask;
  if (seg.top === seg.bottom && seg.next !== null) tail = seg.next;
  return item;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  const tock = {
    callback,
    args,
    frame: asyncState.enabled ? asyncState.frame : undefined,
    asyncId: newAsyncId(),
    triggerAsyncId: asyncState.executionAsyncId,
  };
  if (asyncState.hooks.length !== 0) {
    asyncHooks().emitInit(tock.asyncId, 'TickObject', tock.triggerAsyncId, tock);
  }
  push(tock);
}

// A tick run while some async hook is enabled: before, the callback, after, destroy.
function runHooked(tock) {
  const { callback, args, asyncId } = tock;
  asyncHooks().emitBefore(asyncId);
  if (args.length === 0) callback();
  else callback(...args);
  asyncHooks().emitAfter(asyncId);
  asyncHooks().emitDestroy(asyncId);
}

let processRejections = () => false;
function setRejectionProcessor(fn) {
  processRejections = fn;
}

// Runs every queued tick; returns to C, which lets JSC run promise jobs and calls
// again while more ticks or rejections are waiting.
function processTicksAndRejections() {
  let tock;
  let ran = false;
  while ((tock = shift()) !== null) {
    ran = true;
    const { callback, args } = tock;
    asyncState.executionAsyncId = tock.asyncId;
    asyncState.triggerAsyncId = tock.triggerAsyncId;
    asyncState.resource = tock;
    if (asyncState.enabled) asyncState.frame = tock.frame;
    if (asyncState.hooks.length === 0) {
      if (args.length === 0) callback();
      else callback(...args);
    } else {
      runHooked(tock);
    }
  }
  tickInfo[kHasTickScheduled] = 0;
  // Rejections are judged only after a pass that ran no ticks: the ticks just run,
  // and the promise jobs JSC runs when this returns, may still attach handlers, as
  // they may in node before its processPromiseRejections. C calls again while the
  // flag is set.
  if (ran && tickInfo[kHasRejectionToWarn] === 1) return;
  tickInfo[kHasRejectionToWarn] = 0;
  processRejections();
}

// The trampoline for every callback C makes from the event loop: the callback, then
// its ticks, before control returns to C (and JSC runs promise jobs).
function runCallback(fn, self, ...args) {
  if (asyncState.enabled) asyncState.frame = self == null ? undefined : self[kFrame];
  const result = args.length === 0 ? fn.call(self) : fn.apply(self, args);
  if (tickInfo[kHasTickScheduled] === 1 && tickInfo[kQueuesHeld] === 0) processTicksAndRejections();
  // A worker: the promise jobs run here, inside this call, where terminate() can
  // stop them (src/runtime/jsc_private.h), then the ticks they queued.
  if (inWorker) runTicksAndJobs();
  return result;
}
const { drainJobs, isOutermostCall } = internalBinding('builtins');
const inWorker = !internalBinding('worker').isMainThread;

// Runs what C runs after a callback returns (eddy_runtime_drain_ticks): the promise
// jobs first when no tick waits, then the ticks, the rejections to report and the
// jobs they queue, until none remain. For JS that runs several callbacks in one
// call from C (processTimers), between two of them.
function runTicksAndJobs() {
  if (tickInfo[kQueuesHeld] !== 0) return;
  if (tickInfo[kHasTickScheduled] === 0) drainJobs();
  while (tickInfo[kHasTickScheduled] === 1 || tickInfo[kHasRejectionToWarn] === 1) {
    processTicksAndRejections();
    drainJobs();
  }
}

// One native event may make several callbacks (the frames of one HTTP/2 read). Node
// runs each as its own callback from C, and when that callback is the outermost JS,
// the ticks and promise jobs it queued run before the next one. JSC runs the jobs
// only when the whole call returns to C: between such callbacks, this runs them.
function runTicksAndJobsIfOutermost() {
  if (isOutermostCall()) runTicksAndJobs();
}

function hasTickScheduled() {
  return tickInfo[kHasTickScheduled] === 1;
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

// Made on first use: the engine's first Promise.resolve() costs start-up time. Made
// with the engine's own resolve, which an enabled hook does not see.
let resolvedPromise;
const OriginalPromise = Promise;
const resolveNative = Promise.resolve;
const resolved = () => (resolvedPromise ??= Reflect.apply(resolveNative, OriginalPromise, []));

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  if (asyncState.hooks.length !== 0) {
    queueHookedMicrotask(callback);
    return;
  }
  // Promise#then carries the async context once an AsyncLocalStorage exists.
  resolved().then(() => callback());
}

// With a hook enabled a microtask is a 'Microtask' resource (not a PROMISE).
function queueHookedMicrotask(callback) {
  const asyncId = newAsyncId();
  const triggerAsyncId = asyncState.executionAsyncId;
  const frame = asyncState.enabled ? asyncState.frame : undefined;
  const resource = { type: 'Microtask' };
  asyncHooks().emitInit(asyncId, 'Microtask', triggerAsyncId, resource);
  originalThen.call(resolved(), () => {
    const prev = [asyncState.executionAsyncId, asyncState.triggerAsyncId, asyncState.resource];
    asyncState.executionAsyncId = asyncId;
    asyncState.triggerAsyncId = triggerAsyncId;
    asyncState.resource = resource;
    if (asyncState.enabled) asyncState.frame = frame;
    asyncHooks().emitBefore(asyncId);
    try {
      callback();
    } finally {
      asyncHooks().emitAfter(asyncId);
      asyncHooks().emitDestroy(asyncId);
      [asyncState.executionAsyncId, asyncState.triggerAsyncId, asyncState.resource] = prev;
    }
  });
}

module.exports = {
  hasTickScheduled,
  nextTick,
  processTicksAndRejections,
  queueMicrotask,
  runCallback,
  runTicksAndJobs,
  runTicksAndJobsIfOutermost,
  setHasRejectionToWarn,
  setRejectionProcessor,
  tickInfo,
};
