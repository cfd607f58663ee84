'use strict';
// PROMISE resources for async_hooks. JSC has no promise hooks, so while a hook is
// enabled the promises made by `new Promise` (the global Promise is then a Proxy of
// the engine's), Promise.resolve/reject/all/allSettled/any/race and Promise#then
// (and so catch/finally) are tracked here: init when made (the trigger is the
// promise it derives from, else the current execution), before and after around a
// then() reaction (which runs with the derived promise as its execution id and
// resource), and promiseResolve once it is settled. Each `await` is a PROMISE of
// its own (makeAwaitResource). Not seen: an async function's own promise, and the
// reactions of promises made or awaited before the hook was enabled. With no hook
// enabled none of this is installed (lib/internal/async_hooks.js swaps it in and
// out); while it is, Promise.prototype.constructor is the engine's, not the global.

const {
  AwaitResource, state, emitInit, emitBefore, emitAfter, emitDestroy, emitHook, newAsyncId, enterExecution,
  leaveExecution,
} = require('internal/async_hooks');

const records = new WeakMap(); // promise -> { id, trigger }
let collected;
// v8.promiseHooks' callbacks, loaded once some are registered.
let v8Hooks = null;
function runV8(name, promise, parent) {
  if (state.promiseHooks === 0) return;
  v8Hooks ??= require('internal/promise_hooks');
  v8Hooks.run(name, promise, parent);
}

// Whether anything is listening: an async hook or a v8 promise hook.
function active() {
  return state.hooks.length !== 0 || state.promiseHooks !== 0;
}

function track(promise, trigger, parentPromise) {
  let rec = records.get(promise);
  if (rec !== undefined) return rec;
  rec = { id: newAsyncId(), trigger };
  records.set(promise, rec);
  if (state.hooks.length !== 0) emitInit(rec.id, 'PROMISE', trigger, promise);
  // As node, a promise reports 'destroy' once collected, when some hook wants it.
  if (state.hooks.some((h) => typeof h.destroy === 'function')) {
    collected ??= new FinalizationRegistry(emitDestroy);
    collected.register(promise, rec.id);
  }
  runV8('init', promise, parentPromise);
  return rec;
}

function settled(rec, promise) {
  if (state.hooks.length !== 0) emitHook('promiseResolve', rec.id);
  runV8('settled', promise);
}

const rethrow = (err) => {
  throw err;
};
const identity = (value) => value;

// then() over `base` (the plain or the AsyncLocalStorage-aware one).
function makeThen(getBase) {
  return function then(onFulfilled, onRejected) {
    if (!active()) return getBase().call(this, onFulfilled, onRejected);
    const parent = records.get(this);
    let rec;
    let derived;
    const wrap = (fn) => function reaction(value) {
      const saved = enterExecution(rec.id, rec.trigger, derived);
      if (state.hooks.length !== 0) emitBefore(rec.id);
      runV8('before', derived);
      try {
        const result = fn(value);
        settled(rec, derived);
        return result;
      } catch (err) {
        settled(rec, derived);
        throw err;
      } finally {
        if (state.hooks.length !== 0) emitAfter(rec.id);
        runV8('after', derived);
        leaveExecution(saved);
      }
    };
    // A missing handler passes the value on; it is wrapped too, so that the
    // derived promise's settlement is seen.
    derived = getBase().call(this,
      wrap(typeof onFulfilled === 'function' ? onFulfilled : identity),
      wrap(typeof onRejected === 'function' ? onRejected : rethrow));
    rec = track(derived, parent !== undefined ? parent.id : state.executionAsyncId, this);
    return derived;
  };
}

// The statics that make a promise from `this` (the Promise constructor, or the
// global that stands for it while hooks are on: see makeConstructor).
function makeStatics(P, originals, getGlobal) {
  const own = (C) => (C === getGlobal() ? P : C);
  const statics = {
    resolve(value) {
      const C = own(this);
      const p = Reflect.apply(originals.resolve, C, [value]);
      if (active() && p !== value && C === P && !records.has(p)) {
        settled(track(p, state.executionAsyncId), p);
      }
      return p;
    },
    reject(reason) {
      const C = own(this);
      const p = Reflect.apply(originals.reject, C, [reason]);
      if (active() && C === P) settled(track(p, state.executionAsyncId), p);
      return p;
    },
  };
  for (const name of ['all', 'allSettled', 'any', 'race']) {
    const original = originals[name];
    statics[name] = {
      [name](iterable) {
        const C = own(this);
        const p = Reflect.apply(original, C, [iterable]);
        if (active() && C === P) track(p, state.executionAsyncId);
        return p;
      },
    }[name];
  }
  return statics;
}

// A resolve or reject call after the first does nothing; 'multipleResolves'
// listeners (deprecated) hear of it from a tick, as in node.
function swallowed(type, promise, value) {
  if (state.multipleResolves) process.nextTick(() => process.emit('multipleResolves', type, promise, value));
}

// What stands for the global Promise while hooks are on, so that `new Promise` is
// seen: the engine's constructor behind a Proxy (instanceof, the prototype and the
// statics are the engine's). The executor runs right after the promise is made and
// tracked, with resolve/reject functions that report its settlement.
function makeConstructor(P) {
  const proxy = new Proxy(P, {
    construct(target, args, newTarget) {
      const C = newTarget === proxy ? target : newTarget;
      const executor = args[0];
      const hooked = active();
      if ((!hooked && !state.multipleResolves) || typeof executor !== 'function') {
        return Reflect.construct(target, args, C);
      }
      let resolveFn;
      let rejectFn;
      const promise = Reflect.construct(target, [(res, rej) => {
        resolveFn = res;
        rejectFn = rej;
      }], C);
      const rec = hooked ? track(promise, state.executionAsyncId) : null;
      let done = false;
      const resolve = (value) => {
        if (done) return swallowed('resolve', promise, value);
        done = true;
        resolveFn(value);
        if (rec !== null) settled(rec, promise);
      };
      const reject = (reason) => {
        if (done) return swallowed('reject', promise, reason);
        done = true;
        rejectFn(reason);
        if (rec !== null) settled(rec, promise);
      };
      try {
        executor(resolve, reject);
      } catch (err) {
        reject(err);
      }
      return promise;
    },
  });
  return proxy;
}

// An await while an async hook is enabled (lib/internal/async_hooks.js): as in node,
// an operand that is not a promise first becomes a resolved one, and the await's own
// promise is triggered by the awaited one.
function makeAwaitResource(value, frame) {
  let trigger;
  const parent = value !== null && typeof value === 'object' ? records.get(value) : undefined;
  if (parent !== undefined) {
    trigger = parent.id;
  } else if (value instanceof Promise) {
    trigger = state.executionAsyncId; // made where no hook could see it
  } else {
    trigger = newAsyncId();
    emitInit(trigger, 'PROMISE', state.executionAsyncId, { value });
    emitHook('promiseResolve', trigger);
    if (state.hooks.some((h) => typeof h.destroy === 'function')) emitDestroy(trigger);
  }
  const resource = new AwaitResource(frame, newAsyncId(), trigger);
  emitInit(resource.asyncId, 'PROMISE', trigger, resource);
  return resource;
}

module.exports = { makeAwaitResource, makeConstructor, makeStatics, makeThen, records };
