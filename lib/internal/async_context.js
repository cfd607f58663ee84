'use strict';
// The part of the async context (lib/internal/async_hooks.js) that every start-up
// needs: the shared state the tick queue and timers read on their hot paths, the
// async id sequence, the engine's own Promise functions taken before any program
// code runs, and the three globals the `await` rewrite calls. The rest of
// async_hooks (hooks, the PROMISE resources, request ids) loads when first used;
// it cost every start-up, a worker's on its way to 'online' too, ~2M instructions.
// This file requires nothing.

const state = {
  // True once any AsyncLocalStorage exists; until then nothing is captured.
  enabled: false,
  frame: undefined,
  executionAsyncId: 1,
  triggerAsyncId: 0,
  resource: undefined,
  // The hooks created with async_hooks.createHook that are enabled.
  hooks: [],
  // How many v8.promiseHooks callbacks are registered (lib/internal/promise_hooks.js).
  promiseHooks: 0,
  // Whether process has 'multipleResolves' listeners (deprecated): new Promise
  // then reports resolve/reject calls after the first.
  multipleResolves: false,
  // Told of each AsyncResource made (node:domain gives it the active domain).
  onResource: null,
};

const kFrame = Symbol('kAsyncFrame');
// One sequence for every resource (timers' too), as in node: 1 is the main
// script's execution.
let nextAsyncId = 2;
function newAsyncId() {
  return nextAsyncId++;
}

// I/O layers call this on a request/handle object when they start an operation;
// runCallback (task_queues.js) restores the frame from `self` when C calls back.
function captureFrame(obj) {
  if (state.enabled) obj[kFrame] = state.frame;
}

// The engine's Promise, Promise#then and Promise statics as they were at start-up,
// before a program could replace them: async_hooks installs its own over them and
// puts them back.
const OriginalPromise = Promise;
const originalThen = Promise.prototype.then;
const promiseStatics = ['resolve', 'reject', 'all', 'allSettled', 'any', 'race'];
const originalStatics = {};
for (let i = 0; i < promiseStatics.length; i++) {
  originalStatics[promiseStatics[i]] = Promise[promiseStatics[i]];
}

// The three globals the await rewrite calls (names in src/esm/await_context.h).
// Save runs once the operand is evaluated, parks it and returns the frame; Value
// takes the operand back (nothing runs in between, so one slot serves every
// await); Restore runs on resumption. Trivial, so JSC inlines them; with no
// AsyncLocalStorage the frame is always undefined and they only move a value.
//
// While an async hook is enabled, each await is also a PROMISE resource, as the
// throwaway promise of node's await is: Save makes it (through makeAwait, in place
// of the frame), and Restore hands it to resumeAwait, which runs the rest of the
// function as its callback. async_hooks sets both (setAwaitHooks).
let parked;
let makeAwait = null;
let resumeAwait = null;
function awaitSave(value) {
  parked = value;
  if (makeAwait !== null) return makeAwait(value, state.frame);
  return state.frame;
}
function awaitValue() {
  const value = parked;
  parked = undefined;
  return value;
}
function awaitRestore(frame, value) {
  if (resumeAwait !== null && resumeAwait(frame)) return value;
  state.frame = frame;
  return value;
}
// make(value, frame): the frame Save returns while a hook is enabled, or null;
// resume(frame): true when it took the frame as an await resource, or null until
// the first such resource exists.
function setAwaitHooks(make, resume) {
  makeAwait = make;
  resumeAwait = resume;
}
Object.defineProperty(globalThis, '\u1405', {
  value: awaitSave, writable: false, enumerable: false, configurable: false,
});
Object.defineProperty(globalThis, '\u1403', {
  value: awaitValue, writable: false, enumerable: false, configurable: false,
});
Object.defineProperty(globalThis, '\u140A\u140A', {
  value: awaitRestore, writable: false, enumerable: false, configurable: false,
});

module.exports = {
  OriginalPromise,
  captureFrame,
  kFrame,
  newAsyncId,
  originalStatics,
  originalThen,
  promiseStatics,
  setAwaitHooks,
  state,
};
