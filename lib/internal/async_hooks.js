'use strict';
// The async context eddy carries from where a callback is scheduled to where it runs:
// the AsyncLocalStorage frame (an immutable Map store-owner -> value) and the
// async ids. JSC has no async-context hooks, so the places that schedule work
// capture the frame (timers, immediates, nextTick, queueMicrotask, Promise#then
// once an AsyncLocalStorage exists, I/O requests that call captureFrame) and the
// places that run it restore it.
//
// After a callback runs, its frame stays current ("sticky") until the next one
// starts: JSC runs promise jobs when control returns to C, right after the
// callback, so an `await` resumed by that callback sees the callback's store. What
// does not propagate: an `await` whose promise was settled by code running in a
// different context would resume with the context current when the microtask
// queue drains, so user code (and lib/ code) is compiled with every `await X`
// rewritten to restore the frame it started in (src/esm/await_context.h):
//   \u140A\u140A(\u1405(X),await \u1403())   (restore(save(X), await value()))
//
// The part every start-up needs (the state, the async ids, the engine's Promise
// functions, the await globals) is lib/internal/async_context.js; this file loads
// on first use and exports that part too, so its users need not know the split.

const {
  state, kFrame, newAsyncId, captureFrame, OriginalPromise, originalThen, originalStatics,
  promiseStatics, setAwaitHooks,
} = require('internal/async_context');

// fn, to be called back from C (with no request object to carry the frame), bound
// to the current AsyncLocalStorage context; fn itself while there is none.
function bindFrame(fn) {
  if (!state.enabled) return fn;
  const frame = state.frame;
  return function(...args) {
    state.frame = frame;
    return Reflect.apply(fn, this, args);
  };
}

// The frame a promise reaction threw in, for the error's later trip through the
// unhandled-rejection path (node:domain routes it to the reaction's domain).
const errorFrames = new WeakMap();

function wrapReaction(fn, frame) {
  if (typeof fn !== 'function') return fn;
  return function(value) {
    const prev = state.frame;
    state.frame = frame;
    try {
      return fn(value);
    } catch (err) {
      if (frame !== undefined && err !== null &&
          (typeof err === 'object' || typeof err === 'function')) {
        errorFrames.set(err, frame);
      }
      throw err;
    } finally {
      state.frame = prev;
    }
  };
}

function then(onFulfilled, onRejected) {
  const frame = state.frame;
  return originalThen.call(this, wrapReaction(onFulfilled, frame), wrapReaction(onRejected, frame));
}

// Which Promise#then is installed: the engine's; the frame-capturing one once an
// AsyncLocalStorage exists; the PROMISE-tracking one (over either) while a hook
// is enabled (lib/internal/async_hooks_promise.js).
let promiseHooks = null; // { then, statics } once loaded
let promiseHooksOn = false;

function installThen() {
  let fn = state.enabled ? then : originalThen;
  if (promiseHooksOn) fn = promiseHooks.then;
  if (dispatched !== null) {
    dispatched.then = fn;
    return;
  }
  Object.defineProperty(OriginalPromise.prototype, 'then', {
    value: fn, writable: true, enumerable: false, configurable: true,
  });
}

function installStatic(name, fn) {
  if (dispatched !== null) {
    dispatched.statics[name] = fn;
    return;
  }
  Object.defineProperty(OriginalPromise, name, {
    value: fn, writable: true, enumerable: false, configurable: true,
  });
}

// Under --frozen-intrinsics (internal/freeze_intrinsics) Promise and its prototype
// cannot change once frozen: before they are, Promise#then and the statics become
// functions that call what is installed here, and installing then changes only that.
let dispatched = null; // { then, statics: name -> function }
function dispatchPromiseFunctions() {
  if (dispatched !== null) return;
  const current = { then: OriginalPromise.prototype.then, statics: { __proto__: null } };
  const thenDispatch = {
    then(onFulfilled, onRejected) { return current.then.call(this, onFulfilled, onRejected); },
  }.then;
  Object.defineProperty(OriginalPromise.prototype, 'then', {
    value: thenDispatch, writable: true, enumerable: false, configurable: true,
  });
  for (const name of promiseStatics) {
    const fn = OriginalPromise[name];
    current.statics[name] = fn;
    const dispatch = { [name](...args) { return current.statics[name].apply(this, args); } }[name];
    Object.defineProperty(dispatch, 'length', { value: fn.length });
    Object.defineProperty(OriginalPromise, name, {
      value: dispatch, writable: true, enumerable: false, configurable: true,
    });
  }
  dispatched = current;
}

// Replaces the engine's Promise[name] with wrap(it) underneath whatever is
// installed (node:domain tags the promises Promise.reject makes in a domain).
function wrapPromiseStatic(name, wrap) {
  originalStatics[name] = wrap(originalStatics[name]);
  if (!promiseHooksOn) installStatic(name, originalStatics[name]);
}

// Called whenever the enabled hooks change.
function refreshPromiseHooks() {
  const on = state.hooks.length !== 0 || state.promiseHooks !== 0 || state.multipleResolves;
  hookedAwait = state.hooks.length !== 0 ?
    require('internal/async_hooks_promise').makeAwaitResource : null;
  updateAwaitHooks();
  // With no hook left, no 'after' is owed.
  if (state.hooks.length === 0) entered.length = 0;
  if (on === promiseHooksOn) return;
  promiseHooksOn = on;
  if (on && promiseHooks === null) {
    const { makeConstructor, makeThen, makeStatics } = require('internal/async_hooks_promise');
    const constructor = makeConstructor(OriginalPromise);
    promiseHooks = {
      constructor,
      then: makeThen(() => (state.enabled ? then : originalThen)),
      statics: makeStatics(OriginalPromise, originalStatics, () => constructor),
    };
  }
  for (const name of promiseStatics) installStatic(name, on ? promiseHooks.statics[name] : originalStatics[name]);
  installThen();
  // The global Promise, unless the program replaced it.
  const global = on ? promiseHooks.constructor : OriginalPromise;
  if (globalThis.Promise === OriginalPromise || globalThis.Promise === promiseHooks.constructor) {
    Object.defineProperty(globalThis, 'Promise', {
      value: global, writable: true, enumerable: false, configurable: true,
    });
  }
}

// Turned on by the first AsyncLocalStorage. Promise#then (and so catch/finally)
// then captures the frame; `await` on a native promise does not go through it.
function enable() {
  if (state.enabled) return;
  state.enabled = true;
  installThen();
}

// While an async hook is enabled, each await is also a PROMISE resource, as the
// throwaway promise of node's await is: the await rewrite's Save
// (lib/internal/async_context.js) makes it (an AwaitResource, in place of the
// frame) through hookedAwait, and its Restore runs the rest of the function as the
// resource's callback through resumeIfAwait.
// lib/internal/async_hooks_promise.js's maker of AwaitResources, while a hook is on.
let hookedAwait = null;
// Whether an AwaitResource was ever made: until then Restore need not look.
let awaitResources = false;
function resumeIfAwait(frame) {
  if (!(frame instanceof AwaitResource)) return false;
  resumeAwait(frame);
  return true;
}
function updateAwaitHooks() {
  setAwaitHooks(hookedAwait, awaitResources ? resumeIfAwait : null);
}

class AwaitResource {
  constructor(frame, asyncId, triggerAsyncId) {
    if (!awaitResources) {
      awaitResources = true;
      updateAwaitHooks();
    }
    this.frame = frame;
    this.asyncId = asyncId;
    this.triggerAsyncId = triggerAsyncId;
  }
}

// The function resumes: 'before', with the await as the execution; it runs until its
// next await or its end, and a promise job queued now runs right after that: the
// await's promiseResolve and 'after' (and 'destroy': nothing can reach it any more).
// Makes (asyncId, triggerAsyncId, resource) the current execution; returns the one
// it replaces, for leaveExecution.
function enterExecution(asyncId, triggerAsyncId, resource) {
  const saved = { asyncId: state.executionAsyncId, triggerAsyncId: state.triggerAsyncId, resource: state.resource };
  state.executionAsyncId = asyncId;
  state.triggerAsyncId = triggerAsyncId;
  state.resource = resource;
  return saved;
}

function leaveExecution(saved) {
  state.executionAsyncId = saved.asyncId;
  state.triggerAsyncId = saved.triggerAsyncId;
  state.resource = saved.resource;
}

function resumeAwait(resource) {
  state.frame = resource.frame;
  const saved = enterExecution(resource.asyncId, resource.triggerAsyncId, resource);
  if (state.hooks.length !== 0) emitBefore(resource.asyncId);
  originalThen.call(resolved ??= Reflect.apply(originalStatics.resolve, OriginalPromise, []), () => {
    if (state.hooks.length !== 0) {
      emitHook('promiseResolve', resource.asyncId);
      emitAfter(resource.asyncId);
      emitDestroy(resource.asyncId);
    }
    if (state.executionAsyncId === resource.asyncId) leaveExecution(saved);
  });
}

// A hook callback that throws ends the process, as in node: its stack (or
// "Error: <value>" for a non-error) on stderr, exit code 1.
function hookFailed(err) {
  let text;
  if (typeof err?.stack === 'string') {
    text = err.stack;
  } else {
    const holder = {};
    Error.captureStackTrace(holder, hookFailed);
    const frames = `${holder.stack ?? ''}`.split('\n').slice(1).join('\n');
    text = `Error: ${String(err)}${frames ? `\n${frames}` : ''}`;
  }
  internalBinding('fs').writeString(2, `${text}\n`);
  if (process.execArgv.includes('--abort-on-uncaught-exception')) process.abort();
  process.exit(1);
}

function emitHook(name, ...args) {
  const hooks = state.hooks;
  for (let i = 0; i < hooks.length; i++) {
    const fn = hooks[i][name];
    // Hooks run with `this` = their AsyncHook, as in node.
    if (typeof fn === 'function') {
      try {
        Reflect.apply(fn, hooks[i].owner, args);
      } catch (err) {
        hookFailed(err);
      }
    }
  }
}

// The runtime's own resources (timers, immediates, ticks) report through these;
// callers check `state.hooks.length !== 0` first, so with no hook enabled the only
// cost is that check.
function emitInit(asyncId, type, triggerAsyncId, resource) {
  emitHook('init', asyncId, type, triggerAsyncId, resource);
}
// The ids whose 'before' was emitted and whose 'after' was not yet: a callback that
// throws skips its 'after', and the uncaught-exception path emits them all once the
// exception was handled (emitAfterAll), innermost first, as node does.
const entered = [];
function emitBefore(asyncId) {
  entered.push(asyncId);
  emitHook('before', asyncId);
}
function emitAfter(asyncId) {
  const i = entered.lastIndexOf(asyncId);
  if (i !== -1) entered.length = i;
  emitHook('after', asyncId);
}
function emitAfterAll() {
  while (entered.length !== 0) {
    const asyncId = entered.pop();
    if (state.hooks.length !== 0) emitHook('after', asyncId);
  }
}
// 'destroy' is queued and reported in one batch from a promise job, as node
// reports it from a later callback: after the ticks of the callback that ended the
// resource.
let destroyQueue = null;
// Made on first use: the engine's first Promise.resolve() costs start-up time. Made
// with the engine's own resolve, which a hook enabled by then does not see (a
// PROMISE init from inside clearImmediate would be eddy's, not the program's).
let resolved;
function flushDestroy() {
  const ids = destroyQueue;
  destroyQueue = null;
  for (let i = 0; i < ids.length; i++) emitHook('destroy', ids[i]);
}
function emitDestroy(asyncId) {
  if (destroyQueue === null) {
    destroyQueue = [];
    originalThen.call(resolved ??= Reflect.apply(originalStatics.resolve, OriginalPromise, []), flushDestroy);
  }
  destroyQueue.push(asyncId);
}

// One-shot I/O requests (fs) report as node's request resources while a hook is
// enabled: init when made, then before/after around the callback and destroy.
// Their ids ride on the request object.
const kRequestIds = Symbol('kRequestIds');
function initRequest(req, type) {
  const ids = { asyncId: newAsyncId(), triggerAsyncId: state.executionAsyncId };
  req[kRequestIds] = ids;
  emitInit(ids.asyncId, type, ids.triggerAsyncId, req);
}

// Runs fn(arg) as req's callback; with no ids (no hook when req was made) just calls.
function runRequestCallback(req, fn, arg) {
  const ids = req[kRequestIds];
  if (ids === undefined) return fn(arg);
  const saved = enterExecution(ids.asyncId, ids.triggerAsyncId, req);
  if (state.hooks.length !== 0) emitBefore(ids.asyncId);
  let threw = true;
  try {
    const result = fn(arg);
    threw = false;
    return result;
  } finally {
    if (state.hooks.length !== 0) {
      emitAfter(ids.asyncId);
      emitDestroy(ids.asyncId);
    }
    // A throwing callback leaves its ids current for 'uncaughtException' (as in
    // node, the handler runs in the failed callback's context).
    if (!threw) leaveExecution(saved);
  }
}

module.exports = {
  dispatchPromiseFunctions,
  AwaitResource,
  bindFrame,
  captureFrame,
  initRequest,
  kRequestIds,
  runRequestCallback,
  errorFrames,
  emitAfter,
  emitAfterAll,
  emitBefore,
  emitDestroy,
  emitHook,
  emitInit,
  enable,
  enterExecution,
  kFrame,
  leaveExecution,
  newAsyncId,
  originalThen,
  refreshPromiseHooks,
  state,
  wrapPromiseStatic,
};
