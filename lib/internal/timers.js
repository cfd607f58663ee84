'use strict';
// Timers and immediates. All JS timers share one uv_timer (src/binding/timers.c).
// Timers of one duration wait in a list, in the order they were armed (which is the
// order they expire in); the lists wait in a binary heap ordered by the expiry of
// their first timer. Arming, re-arming (refresh) and clearing a timer are then list
// operations, and only a new duration or a list's turn touches the heap. C calls
// processTimers when the first list is due; it runs every due timer, with the
// nextTicks and promise jobs each one queued run before the next, as in node.
// Immediates wait in a FIFO that C drains after the poll phase.

const binding = internalBinding('timers');
const { validateFunction, validateNumber } = require('internal/validators');
const asyncHooks = require('internal/async_hooks');
const { state: asyncState, kFrame } = asyncHooks;
const { runTicksAndJobs } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');

const knownTimersById = new Map();

// --- the lists and their heap ---------------------------------------------------

// The timers of one duration: a circular doubly linked list through the timers'
// _idleNext/_idlePrev, of which the list object is the sentinel, the newest timer
// at its _idleNext end and the oldest (the next due) at its _idlePrev end, as node's
// Timeout objects show them. `expiry` is when its oldest timer is due, `order` breaks
// ties between lists due together (the one whose expiry was set first runs first).
let listOrder = 0;
class TimersList {
  constructor(duration, expiry) {
    this._idleNext = this;
    this._idlePrev = this;
    this.duration = duration;
    this.expiry = expiry;
    this.order = listOrder++;
    this.heapIndex = -1;
  }
}

const lists = new Map(); // duration -> TimersList
const heap = []; // TimersLists

// Whether list a runs before list b.
function runsBefore(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.order < b.order);
}
function siftUp(i) {
  const item = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!runsBefore(item, heap[p])) break;
    heap[i] = heap[p];
    heap[i].heapIndex = i;
    i = p;
  }
  heap[i] = item;
  item.heapIndex = i;
}
function siftDown(i) {
  const item = heap[i];
  const n = heap.length;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && runsBefore(heap[c + 1], heap[c])) c++;
    if (!runsBefore(heap[c], item)) break;
    heap[i] = heap[c];
    heap[i].heapIndex = i;
    i = c;
  }
  heap[i] = item;
  item.heapIndex = i;
}

// Takes an empty list out of the heap and of the map.
function dropList(list) {
  const i = list.heapIndex;
  if (i < 0) return;
  const last = heap.pop();
  list.heapIndex = -1;
  if (i < heap.length) {
    heap[i] = last;
    last.heapIndex = i;
    siftDown(i);
    siftUp(last.heapIndex);
  }
  if (lists.get(list.duration) === list) lists.delete(list.duration);
}

// Takes a timer out of its list (nothing when it is in none); the list stays even
// when that empties it (see removeTimer).
function unlink(timer) {
  const next = timer._idleNext;
  if (next === null || next === timer) return null;
  const prev = timer._idlePrev;
  prev._idleNext = next;
  next._idlePrev = prev;
  timer._idleNext = null;
  timer._idlePrev = null;
  return prev === next ? prev : null; // the list, when it is now empty
}

// Takes a timer out of its list, and the list away when that empties it.
function removeTimer(timer) {
  const emptied = unlink(timer);
  if (emptied !== null) dropList(emptied);
}

let refCount = 0;
let scheduledExpiry = Infinity;

function updateRefCount(delta) {
  const before = refCount;
  refCount += delta;
  if ((before === 0) !== (refCount === 0)) binding.toggleTimerRef(refCount > 0);
}

// Arms timer from start. The duration counts whole milliseconds: node truncates
// non-integer delays, so timers of 1 and 1.8 ms set together fire in the order they
// were set.
function insert(timer, start) {
  const duration = Math.trunc(timer._idleTimeout);
  timer._idleStart = start;
  let list = lists.get(duration);
  if (list === undefined) {
    const expiry = start + duration;
    list = new TimersList(duration, expiry);
    lists.set(duration, list);
    heap.push(list);
    siftUp(heap.length - 1);
    if (expiry < scheduledExpiry) {
      scheduledExpiry = expiry;
      binding.schedule(duration);
      binding.toggleTimerRef(refCount > 0);
    }
  }
  const newest = list._idleNext;
  timer._idleNext = newest;
  timer._idlePrev = list;
  newest._idlePrev = timer;
  list._idleNext = timer;
}

// Node warns on every overflowing delay, but only once per process about negative
// and NaN delays (an omitted delay is not a NaN one).
let warnedNegative = false;
let warnedNaN = false;
function coerceDelay(after) {
  const omitted = after === undefined;
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    } else if (after < 0 && !warnedNegative) {
      warnedNegative = true;
      process.emitWarning(`${after} is a negative number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    } else if (Number.isNaN(after) && !omitted && !warnedNaN) {
      warnedNaN = true;
      process.emitWarning(`${after} is not a number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this._asyncId = asyncHooks.newAsyncId();
    this._triggerAsyncId = asyncState.executionAsyncId;
    if (asyncState.enabled) this[kFrame] = asyncState.frame;
    if (asyncState.hooks.length !== 0) {
      asyncHooks.emitInit(this._asyncId, 'Timeout', this._triggerAsyncId, this);
    }
    if (isRefed) updateRefCount(1);
    insert(this, binding.now());
  }

  // Re-arms the timer from now; a timer that already fired (but was not cleared)
  // becomes active again, as in node.
  refresh() {
    if (this._onTimeout === null) return this;
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) updateRefCount(1);
    }
    // (Its list stays when this empties it: it gets the timer back at once.)
    unlink(this);
    insert(this, binding.now());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) updateRefCount(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) updateRefCount(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this._asyncId;
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(id, this);
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  // util.inspect shows a timer's own fields, not the timers linked to it (as node).
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (asyncState.hooks.length !== 0) asyncHooks.emitDestroy(timer._asyncId);
  if (timer[kHasPrimitive]) knownTimersById.delete(timer._asyncId);
  if (timer[kRefed]) updateRefCount(-1);
  removeTimer(timer);
  timer._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(+timer);
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

// Called by C with the loop time: runs every due timer, list by list, and answers the
// next expiry (negative when only unref'd timers wait, 0 when none do). A callback
// that throws ends the call; C reports the error and calls again.
let ranTimer = false; // a callback ran whose ticks and promise jobs have not
function processTimers(now) {
  ranTimer = false;
  for (;;) {
    const list = heap[0];
    if (list === undefined || list.expiry > now) {
      // The last callback's ticks and jobs run here, not after the answer: they may
      // arm a timer due before it (C arms the uv timer with the answer).
      if (ranTimer) {
        ranTimer = false;
        runTicksAndJobs();
        continue;
      }
      if (list === undefined) {
        scheduledExpiry = Infinity;
        return 0;
      }
      scheduledExpiry = list.expiry;
      return refCount > 0 ? list.expiry : -list.expiry;
    }
    runList(list, now);
  }
}

// Runs the timers of list that are due at now, in order. A timer armed meanwhile
// joins the end of its list, so the first one not yet due ends the pass: the list
// then waits for it.
function runList(list, now) {
  const duration = list.duration;
  for (let timer = list._idlePrev; timer !== list; timer = list._idlePrev) {
    if (now - timer._idleStart < duration) {
      list.expiry = Math.max(timer._idleStart + duration, now + 1);
      list.order = listOrder++;
      siftDown(list.heapIndex);
      return;
    }
    if (ranTimer) {
      // The ticks and promise jobs the previous callback queued run first, as they
      // would between two callbacks from C (processTimers is called only from C);
      // before the next timer leaves its list, as they may throw, or change the list.
      ranTimer = false;
      runTicksAndJobs();
      continue;
    }
    unlink(timer);
    // A timer whose _onTimeout was taken away (some programs null it to cancel an
    // interval) is retired without a call, as in node.
    if (typeof timer._onTimeout !== 'function') {
      retire(timer);
      continue;
    }
    runTimer(timer);
  }
  dropList(list);
}

function runTimer(timer) {
  ranTimer = true;
  let start;
  if (timer._repeat) start = binding.now();
  asyncState.executionAsyncId = timer._asyncId;
  asyncState.triggerAsyncId = timer._triggerAsyncId;
  asyncState.resource = timer;
  if (asyncState.enabled) asyncState.frame = timer[kFrame];
  try {
    const args = timer._timerArgs;
    if (asyncState.hooks.length !== 0) asyncHooks.emitBefore(timer._asyncId);
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
    if (asyncState.hooks.length !== 0) asyncHooks.emitAfter(timer._asyncId);
  } finally {
    if (timer._idleNext !== null) {
      // The callback re-armed it (refresh()): it stays active.
    } else if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      insert(timer, start);
    } else {
      retire(timer);
    }
  }
}

function retire(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (asyncState.hooks.length !== 0) asyncHooks.emitDestroy(timer._asyncId);
  if (timer[kHasPrimitive]) knownTimersById.delete(timer._asyncId);
  if (timer[kRefed]) updateRefCount(-1);
}

// --- immediates ---------------------------------------------------------------

// [count, refCount], read by C to decide whether the check phase has work.
const immediateInfo = new Uint32Array(2);
const kCount = 0;
const kRefCount = 1;

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

let immediateQueue = new ImmediateList();
let outstanding = new ImmediateList();

function changeImmediateRef(delta) {
  const before = immediateInfo[kRefCount];
  immediateInfo[kRefCount] = before + delta;
  if (before === 0 && delta > 0) binding.toggleImmediateRef(true);
  else if (before + delta === 0 && delta < 0) binding.toggleImmediateRef(false);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._asyncId = asyncHooks.newAsyncId();
    this._triggerAsyncId = asyncState.executionAsyncId;
    if (asyncState.enabled) this[kFrame] = asyncState.frame;
    if (asyncState.hooks.length !== 0) {
      asyncHooks.emitInit(this._asyncId, 'Immediate', this._triggerAsyncId, this);
    }
    this[kRefed] = false;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      changeImmediateRef(1);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      changeImmediateRef(-1);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

// Anything but an Immediate is ignored (a Timeout's list links must stay as they are).
function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (asyncState.hooks.length !== 0) asyncHooks.emitDestroy(immediate._asyncId);
  if (immediate[kRefed]) changeImmediateRef(-1);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (outstanding.head === immediate || immediate._idlePrev || immediate._idleNext ||
      outstanding.tail === immediate) {
    outstanding.remove(immediate);
  }
  immediateQueue.remove(immediate);
}

// Called by C in the check phase; `first` starts a pass over the immediates queued
// before it. Runs the pass, with the ticks and promise jobs each callback queued run
// before the next (those of the last run when it returns to C). A callback that
// throws ends the call; C reports the error and calls again for the rest of the
// pass.
function processImmediate(first) {
  if (first && outstanding.head === null) {
    outstanding = immediateQueue;
    immediateQueue = new ImmediateList();
  }
  let ran = false;
  for (let immediate = outstanding.head; immediate !== null; immediate = outstanding.head) {
    if (ran) {
      // Before the next immediate leaves the queue: the ticks may throw, and C then
      // calls again for the rest of the pass, which must still hold it.
      ran = false;
      runTicksAndJobs();
      continue;
    }
    outstanding.head = immediate._idleNext;
    if (outstanding.head === null) outstanding.tail = null;
    else outstanding.head._idlePrev = null;
    immediate._idleNext = null;
    immediate._idlePrev = null;
    if (immediate._destroyed) continue;
    ran = true;
    runImmediate(immediate);
  }
}

function runImmediate(immediate) {
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed]) changeImmediateRef(-1);
  immediate[kRefed] = null;
  asyncState.executionAsyncId = immediate._asyncId;
  asyncState.triggerAsyncId = immediate._triggerAsyncId;
  asyncState.resource = immediate;
  if (asyncState.enabled) asyncState.frame = immediate[kFrame];
  const argv = immediate._argv;
  const hooked = asyncState.hooks.length !== 0;
  if (hooked) asyncHooks.emitBefore(immediate._asyncId);
  if (argv === undefined) immediate._onImmediate();
  else immediate._onImmediate(...argv);
  if (hooked || asyncState.hooks.length !== 0) {
    asyncHooks.emitAfter(immediate._asyncId);
    asyncHooks.emitDestroy(immediate._asyncId);
  }
}

binding.setup(processTimers, processImmediate, immediateInfo);

// The three public functions below collect extra arguments by arity rather than with
// rest parameters: the common no-argument call then allocates nothing.
function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, repeat, args, true, true);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

// The duration a socket/request setTimeout(msecs) accepts: a non-negative finite number,
// cut down to TIMEOUT_MAX with node's warning.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

module.exports = {
  getTimerDuration,
  Immediate,
  Timeout,
  TIMEOUT_MAX,
  clearImmediate,
  clearInterval: clearTimeout,
  clearTimeout,
  kRefed,
  setImmediate,
  setInterval,
  setTimeout,
  getLibuvNow: binding.now,
  // process.getActiveResourcesInfo(): the referenced timers and immediates.
  getTimerCounts() {
    return { timeoutCount: refCount, immediateCount: immediateInfo[kRefCount] };
  },
};
