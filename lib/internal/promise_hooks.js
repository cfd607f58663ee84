'use strict';
// v8.promiseHooks: init(promise, parent), before(promise), after(promise) and
// settled(promise) callbacks. JSC has no promise hooks, so these ride on the same
// Promise#then / statics tracking that async_hooks' PROMISE resources use
// (lib/internal/async_hooks_promise.js): promises made by `new Promise`,
// Promise.resolve/reject/all/allSettled/any/race and then/catch/finally are seen;
// those made by async functions are not.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { state, refreshPromiseHooks } = require('internal/async_hooks');
const { types: { isAsyncFunction, isGeneratorFunction } } = require('internal/util/types');

const lists = { init: [], before: [], after: [], settled: [] };

// A hook that throws is reported as an uncaught exception; the promise goes on.
function run(name, promise, parent) {
  const list = lists[name].length === 0 ? lists[name] : [...lists[name]]; // a hook may stop itself
  for (let i = 0; i < list.length; i++) {
    try {
      if (name === 'init') list[i](promise, parent);
      else list[i](promise);
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  }
}

// An async function (or generator) could not run inside a promise hook.
function validateHook(fn, name) {
  if (typeof fn !== 'function' || isAsyncFunction(fn) || isGeneratorFunction(fn)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'function', fn);
  }
}

function add(name, fn) {
  lists[name].push(fn);
  state.promiseHooks++;
  refreshPromiseHooks();
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    const i = lists[name].indexOf(fn);
    if (i !== -1) lists[name].splice(i, 1);
    state.promiseHooks--;
    refreshPromiseHooks();
  };
}

function makeUse(name) {
  return (hook) => {
    validateHook(hook, `${name}Hook`);
    return add(name, hook);
  };
}

const onInit = makeUse('init');
const onBefore = makeUse('before');
const onAfter = makeUse('after');
const onSettled = makeUse('settled');

function createHook({ init, before, after, settled } = {}) {
  const stops = [];
  for (const [name, hook] of [['init', init], ['before', before], ['after', after], ['settled', settled]]) {
    if (hook !== undefined) validateHook(hook, `${name}Hook`);
  }
  for (const [name, hook] of [['init', init], ['before', before], ['after', after], ['settled', settled]]) {
    if (hook !== undefined) stops.push(add(name, hook));
  }
  return () => {
    for (const stop of stops) stop();
  };
}

module.exports = {
  run,
  promiseHooks: { onInit, onBefore, onAfter, onSettled, createHook },
};
