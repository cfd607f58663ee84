'use strict';
// EventTarget, Event and CustomEvent as node implements the DOM event model: no
// tree, so every dispatch is AT_TARGET; listeners (capture or not) run in the order
// they were added; an exception thrown by a listener is reported as an uncaught
// exception on the next tick and does not stop the other listeners.
// NodeEventTarget adds the EventEmitter-style methods node's MessagePort uses.

const {
  codes: {
    ERR_EVENT_RECURSION, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject, validateAbortSignal, validateNumber } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

const kEvents = Symbol('kEvents');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
// Shared with node:events, whose setMaxListeners/getMaxListeners read them.
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

function getDefaultMaxListeners() {
  return EventEmitter.defaultMaxListeners;
}

// Milliseconds since the process started, to the nanosecond like performance.now().
function now() {
  return Math.round(process.uptime() * 1e9) / 1e6;
}

function inspectNested(value, depth, options) {
  return require('internal/util/inspect').inspect(value, {
    ...options, depth: options?.depth == null ? options?.depth : options.depth - 1,
  });
}

// --- Event ----------------------------------------------------------------------

const eventState = new WeakMap();

function stateOf(event) {
  const state = event !== null && typeof event === 'object' ? eventState.get(event) : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('Event');
  return state;
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const trusted = options?.[kTrustEvent] === true;
    eventState.set(this, {
      type: `${type}`,
      bubbles: !!options?.bubbles,
      cancelable: !!options?.cancelable,
      composed: !!options?.composed,
      defaultPrevented: false,
      timeStamp: now(),
      target: null,
      currentTarget: null,
      dispatching: false,
      stop: false,
      stopImmediate: false,
      inPassive: false,
      trusted,
    });
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const state = stateOf(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (state.dispatching) return;
    state.type = `${type}`;
    state.bubbles = !!bubbles;
    state.cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    const state = stateOf(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspectNested({
      type: state.type,
      defaultPrevented: state.defaultPrevented,
      cancelable: state.cancelable,
      timeStamp: state.timeStamp,
    }, depth, options)}`;
  }

  stopImmediatePropagation() {
    const state = stateOf(this);
    state.stop = true;
    state.stopImmediate = true;
  }

  preventDefault() {
    const state = stateOf(this);
    if (state.cancelable && !state.inPassive) state.defaultPrevented = true;
  }

  get target() { return stateOf(this).target; }
  get currentTarget() { return stateOf(this).currentTarget; }
  get srcElement() { return stateOf(this).target; }
  get type() { return stateOf(this).type; }
  get cancelable() { return stateOf(this).cancelable; }
  get defaultPrevented() {
    const state = stateOf(this);
    return state.cancelable && state.defaultPrevented;
  }

  get timeStamp() { return stateOf(this).timeStamp; }

  composedPath() {
    const state = stateOf(this);
    return state.dispatching ? [state.currentTarget] : [];
  }

  get returnValue() {
    const state = stateOf(this);
    return !(state.cancelable && state.defaultPrevented);
  }

  set returnValue(value) {
    if (!value) this.preventDefault();
  }

  get bubbles() { return stateOf(this).bubbles; }
  get composed() { return stateOf(this).composed; }
  get eventPhase() { return stateOf(this).dispatching ? AT_TARGET : NONE; }
  get cancelBubble() { return stateOf(this).stop; }
  set cancelBubble(value) {
    if (value) stateOf(this).stop = true;
  }

  stopPropagation() {
    stateOf(this).stop = true;
  }

  get isTrusted() { return stateOf(this).trusted; }
}

const kEnumerable = { __proto__: null, enumerable: true };
for (const key of ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp',
  'composedPath', 'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble',
  'stopPropagation', 'isTrusted']) {
  Object.defineProperty(Event.prototype, key, kEnumerable);
}
for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  const desc = { __proto__: null, value, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(Event, name, desc);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'Event', writable: false, enumerable: false, configurable: true,
});

// --- CustomEvent ----------------------------------------------------------------

const customDetail = new WeakMap();

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    customDetail.set(this, options?.detail ?? null);
  }

  get detail() {
    if (!customDetail.has(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return customDetail.get(this);
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', kEnumerable);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// --- listeners --------------------------------------------------------------------

// One registered listener in a per-type doubly linked list, so a listener removed
// during dispatch is skipped and the walk stays valid.
class Listener {
  constructor(root, previous, listener, once, capture, passive, isNodeStyle, weak,
    resistStopPropagation) {
    this.root = root;
    this.previous = previous;
    this.next = undefined;
    previous.next = this;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyle = isNodeStyle;
    this.removed = false;
    this.resistStopPropagation = resistStopPropagation;
    this.weak = weak;
    this.listener = weak ? new WeakRef(listener) : listener;
    this.signal = undefined;
    this.onAbort = undefined;
  }

  get callback() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.callback === listener && this.capture === capture;
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    if (this.signal !== undefined) this.signal.removeEventListener('abort', this.onAbort);
  }
}

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up at dispatch
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function flattenOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options == null) return {};
  validateObject(options, 'options', 1 | 2 | 4);
  return options;
}

function emitUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

// --- EventTarget --------------------------------------------------------------------

const targets = new WeakSet();
const weakOwners = new WeakMap();

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && targets.has(obj);
}

function initEventTarget(self) {
  targets.add(self);
  const hidden = { writable: true, enumerable: false, configurable: true };
  Object.defineProperty(self, kEvents, { __proto__: null, ...hidden, value: new Map() });
  Object.defineProperty(self, kMaxEventTargetListeners, { __proto__: null, ...hidden, value: getDefaultMaxListeners() });
  Object.defineProperty(self, kMaxEventTargetListenersWarned, { __proto__: null, ...hidden, value: false });
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once = false, capture = false, passive = false, signal,
      [kIsNodeStyleListener]: isNodeStyle = false, [kWeakHandler]: weak = false,
      [kResistStopPropagation]: resistStopPropagation = false,
    } = flattenOptions(options);
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
    }
    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined, resistStopPropagation: false };
      events.set(type, root);
    }
    let last = root;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, !!capture)) return;
      last = handler;
    }
    const handler = new Listener(root, last, listener, !!once, !!capture, !!passive,
      !!isNodeStyle, !!weak, !!resistStopPropagation);
    if (weak) {
      // A weak listener lives as long as the object given as kWeakHandler.
      let kept = weakOwners.get(weak);
      if (kept === undefined) weakOwners.set(weak, kept = new Set());
      kept.add(listener);
    }
    root.size++;
    root.resistStopPropagation ||= !!resistStopPropagation;
    if (signal !== undefined) {
      handler.signal = signal;
      handler.onAbort = () => this.removeEventListener(type, listener, options);
      signal.addEventListener('abort', handler.onAbort, { once: true,
        [kResistStopPropagation]: true });
    }
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && root.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${root.size} ${String(type)} listeners added to ${inspectTarget(this)}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = root.size;
      process.emitWarning(w);
    }
    this[kNewListener]?.(root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = `${type}`;
    const capture = options === true || !!options?.capture;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener]?.(root.size, type, listener, capture);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const state = stateOf(event);
    if (state.dispatching) throw new ERR_EVENT_RECURSION(state.type);
    dispatch(this, event, state, state.type);
    return !(state.cancelable && state.defaultPrevented);
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspectNested({}, depth, options)}`;
  }
}
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// A NodeEventTarget subclass may make the event emit(type, value) hands the
// listeners that take events (MessagePort: a MessageEvent for 'message'); the
// default is node's CustomEvent with the value as its detail.
const kCreateEvent = Symbol('kCreateEvent');

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, kEnumerable);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

function inspectTarget(target) {
  return target.constructor?.name === 'EventTarget' || !target.constructor?.name
    ? 'EventTarget' : `[${target.constructor.name}]`;
}

// Runs the listeners for `type`; node-style listeners (NodeEventTarget's `on`)
// receive `arg` instead of the event when one is given. With makeEvent (and no
// event), the event is made only when a listener that takes it is reached, as
// node's own hybrid dispatch does.
function dispatch(target, event, state, type, nodeArg, makeEvent) {
  if (state !== undefined) {
    state.target = target;
    state.currentTarget = target;
    state.dispatching = true;
  }
  const root = target[kEvents].get(type);
  let handler = root?.next;
  while (handler !== undefined &&
         (root.resistStopPropagation || handler.passive || state === undefined || !state.stop)) {
    const next = handler.next;
    if (handler.removed || (state !== undefined && state.stop && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (state === undefined && makeEvent !== undefined && !handler.isNodeStyle) {
      event = makeEvent();
      state = stateOf(event);
      state.target = target;
      state.currentTarget = target;
      state.dispatching = true;
    }
    const callback = handler.callback;
    if (callback === undefined) { // collected weak listener
      handler.remove();
      root.size--;
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      if (root.size === 0) target[kEvents].delete(type);
      target[kRemoveListener]?.(root.size, type, callback, handler.capture);
    }
    try {
      let arg = event;
      if (handler.isNodeStyle && nodeArg !== undefined) arg = nodeArg.value;
      if (state !== undefined) state.inPassive = handler.passive;
      let result;
      if (typeof callback === 'function') {
        result = callback.call(target, arg);
      } else {
        const handleEvent = callback.handleEvent;
        if (typeof handleEvent === 'function') result = handleEvent.call(callback, arg);
      }
      if (result !== undefined && result !== null && typeof result.then === 'function') {
        result.then(undefined, emitUncaught);
      }
    } catch (err) {
      emitUncaught(err);
    } finally {
      if (state !== undefined) state.inPassive = false;
    }
    handler = next;
  }
  if (state !== undefined) {
    state.currentTarget = null;
    state.dispatching = false;
  }
}

// --- NodeEventTarget ------------------------------------------------------------------

function checkNodeEventTarget(self) {
  if (!isEventTarget(self) || !(self instanceof NodeEventTarget)) {
    throw new ERR_INVALID_THIS('NodeEventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    checkNodeEventTarget(this);
    validateNumber(n, 'n', 0);
    this[kMaxEventTargetListeners] = n;
    this[kMaxEventTargetListenersWarned] = false;
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return [...this[kEvents].keys()];
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    return this[kEvents].get(type)?.size ?? 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    const had = this.listenerCount(type) > 0;
    dispatch(this, undefined, undefined, type, { value: arg }, () => this[kCreateEvent](arg, type));
    return had;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  [kCreateEvent](value, type) {
    return new CustomEvent(type, { detail: value });
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) this[kEvents].delete(`${type}`);
    else this[kEvents].clear();
    return this;
  }
}

// An `on<name>` attribute handler, as EventTarget subclasses (AbortSignal's
// onabort) expose. As in HTML, the handler's listener keeps the place where it was
// first registered when the handler is replaced, and setting null removes it.
function defineEventHandler(emitter, name, event = name) {
  const handlers = new WeakMap();
  Object.defineProperty(emitter, `on${name}`, {
    get() {
      return handlers.get(this)?.handler ?? null;
    },
    set(value) {
      let wrapper = handlers.get(this);
      if (wrapper === undefined) {
        wrapper = { handler: null, listener: null };
        handlers.set(this, wrapper);
      }
      const handler = typeof value === 'function' || (typeof value === 'object' && value !== null)
        ? value : null;
      wrapper.handler = handler;
      if (handler === null) {
        if (wrapper.listener !== null) this.removeEventListener(event, wrapper.listener);
        wrapper.listener = null;
      } else if (wrapper.listener === null) {
        wrapper.listener = function(e) {
          if (typeof wrapper.handler === 'function') return wrapper.handler.call(this, e);
        };
        this.addEventListener(event, wrapper.listener);
      }
    },
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  // Dispatches an event made by node itself (AbortSignal's 'abort'), skipping
  // the public method's checks. Node-style listeners (on/once) get nodeArg.value
  // instead of the event when nodeArg is given (MessagePort's 'message': the data).
  dispatchTrusted(target, event, nodeArg) {
    const state = stateOf(event);
    dispatch(target, event, state, state.type, nodeArg);
  },
  // dispatchTrusted for an event that node-style listeners do not see: they get
  // value, and makeEvent() runs only if another listener is reached.
  dispatchValue(target, type, value, makeEvent) {
    dispatch(target, undefined, undefined, type, { value }, makeEvent);
  },
  initEventTarget,
  isEventTarget,
  kEvents,
  kCreateEvent,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
