'use strict';
// node:diagnostics_channel: named pub/sub channels for instrumentation, with
// AsyncLocalStorage stores bound to a channel (bindStore/runStores) and
// TracingChannel's five-channel protocol around sync, promise and callback work.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// Channels are held weakly, as in node: a channel nobody references (and with no
// subscribers) may be collected and a later channel(name) makes a new one.
const channels = new Map();
const registry = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});
// Channels with subscribers or stores stay alive while they have them.
const active = new Set();

function reportLater(err) {
  process.nextTick(() => { throw err; });
}

class Channel {
  #subscribers = [];
  #stores = new Map();

  constructor(name) {
    this.name = name;
  }

  static [Symbol.hasInstance](value) {
    return value !== null && typeof value === 'object' && #subscribers in value;
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  #updateActive() {
    if (this.hasSubscribers) active.add(this);
    else active.delete(this);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps iterating the list it started with.
    this.#subscribers = [...this.#subscribers, subscription];
    this.#updateActive();
  }

  unsubscribe(subscription) {
    const index = this.#subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = [...this.#subscribers];
    next.splice(index, 1);
    this.#subscribers = next;
    this.#updateActive();
    return true;
  }

  bindStore(store, transform) {
    this.#stores.set(store, transform);
    this.#updateActive();
  }

  unbindStore(store) {
    if (!this.#stores.has(store)) return false;
    this.#stores.delete(store);
    this.#updateActive();
    return true;
  }

  publish(data) {
    const subscribers = this.#subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this.#stores) {
      let value = data;
      if (transform !== undefined) {
        try {
          value = transform(data);
        } catch (err) {
          reportLater(err);
          continue;
        }
      }
      const inner = run;
      run = () => store.run(value, inner);
    }
    return run();
  }
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  validateName(name);
  const made = new Channel(name);
  channels.set(name, new WeakRef(made));
  registry.register(made, name);
  return made;
}

function hasSubscribers(name) {
  const existing = channels.get(name)?.deref();
  return existing !== undefined && existing.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const kEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of kEvents) {
        this[event] = channel(`tracing:${nameOrChannels}:${event}`);
      }
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of kEvents) {
        const ch = nameOrChannels[event];
        // node reads the prototype of each: a missing channel fails as that would.
        if (ch == null) throw new TypeError('Cannot convert undefined or null to object');
        if (!(ch instanceof Channel)) {
          throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], ch);
        }
        this[event] = ch;
      }
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels',
        ['string', 'TracingChannel', 'Object'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return kEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of kEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of kEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settle = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then((result) => {
          context.result = result;
          settle();
          return result;
        }, (err) => {
          context.error = err;
          error.publish(context);
          settle();
          throw err;
        });
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    args[index] = function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
