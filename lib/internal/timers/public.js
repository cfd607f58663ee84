'use strict';
// setTimeout and friends as the globals and node:timers hand them out. The timer
// machinery (internal/timers: the heap, the immediate queue, the loop hooks) loads
// on the first call that needs it: a program that sets no timer never compiles it,
// and every program's start-up defines these globals.

let impl;
const timers = () => (impl ??= require('internal/timers'));

function setTimeout(callback, after, arg1, arg2, arg3) {
  return timers().setTimeout.apply(undefined, arguments);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  return timers().setInterval.apply(undefined, arguments);
}

function setImmediate(callback, arg1, arg2, arg3) {
  return timers().setImmediate.apply(undefined, arguments);
}

// Before the machinery loads no timer exists, so there is nothing to clear.
function clearTimeout(timer) {
  if (impl !== undefined) impl.clearTimeout(timer);
}

function clearInterval(timer) {
  if (impl !== undefined) impl.clearTimeout(timer);
}

function clearImmediate(immediate) {
  if (impl !== undefined) impl.clearImmediate(immediate);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the
// timers/promises versions, loaded only when asked for.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    get() { return require('timers/promises')[name]; },
    enumerable: true, configurable: false,
  });
}

module.exports = { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate };
