'use strict';
// mock.timers: setTimeout/setInterval/setImmediate (global, node:timers and
// node:timers/promises) and Date run on a clock that only tick() advances.

const { codes } = require('internal/errors');
const { validateObject, validateArray, validateNumber } = require('internal/validators');

const kRemove = Symbol('kRemove');
const kApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];

class MockTimers {
  #enabled = false;
  #now = 0;
  #seq = 0;
  #queue = []; // { id, callback, args, runAt, interval, seq }
  #restores = [];
  #RealDate = globalThis.Date;

  #assertEnabled() {
    if (!this.#enabled) {
      throw new codes.ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  #add(callback, delay, args, interval, immediate) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = immediate ? 0 : 1;
    const timer = { callback, args, runAt: this.#now + delay, interval: interval ? delay : 0, seq: this.#seq++,
      immediate };
    timer.handle = new MockTimeout(this, timer);
    this.#queue.push(timer);
    return timer.handle;
  }

  [kRemove](timer) {
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  #next(limit) {
    let best = null;
    for (const t of this.#queue) {
      if (t.runAt > limit) continue;
      if (!best || t.runAt < best.runAt || (t.runAt === best.runAt && t.seq < best.seq)) best = t;
    }
    return best;
  }

  #fire(timer) {
    this[kRemove](timer);
    if (timer.interval) {
      timer.runAt += timer.interval;
      timer.seq = this.#seq++;
      this.#queue.push(timer);
    }
    timer.callback(...timer.args);
  }

  tick(time = 1) {
    this.#assertEnabled();
    if (typeof time !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('time', 'number', time);
    if (time < 0) throw new codes.ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
    // node moves the clock to the end first, then fires what became due in order.
    const target = this.#now + time;
    this.#now = target;
    for (let t = this.#next(target); t; t = this.#next(target)) this.#fire(t);
  }

  enable(options = { __proto__: null }) {
    if (this.#enabled) throw new codes.ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const { apis = kApis, now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!kApis.includes(api)) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    let start = now;
    if (start instanceof this.#RealDate) start = start.getTime();
    if (typeof start !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('options.now', ['number', 'Date'], now);
    if (start < 0 || Number.isNaN(start)) throw new codes.ERR_INVALID_ARG_VALUE('time', 'positive integer', start);
    // Another tracker already mocks Date: two clocks cannot both own it.
    if (apis.includes('Date') && globalThis.Date.isMock) {
      throw new codes.ERR_INVALID_STATE('Date is already being mocked!');
    }
    this.#now = start;
    this.#enabled = true;
    const timers = require('timers');
    const replace = (holder, name, value) => {
      const had = Object.prototype.hasOwnProperty.call(holder, name);
      const old = holder[name];
      holder[name] = value;
      this.#restores.push(() => { if (had) holder[name] = old; else delete holder[name]; });
    };
    const clear = (handle) => { if (handle instanceof MockTimeout) handle.close(); };
    if (apis.includes('setTimeout')) {
      const set = (fn, delay, ...args) => this.#add(fn, delay, args, false);
      for (const h of [globalThis, timers]) { replace(h, 'setTimeout', set); replace(h, 'clearTimeout', clear); }
      const tp = require('timers/promises');
      replace(tp, 'setTimeout', (delay, value) => new Promise((resolve) => this.#add(() => resolve(value), delay, [], false)));
    }
    if (apis.includes('setInterval')) {
      const set = (fn, delay, ...args) => this.#add(fn, delay, args, true);
      for (const h of [globalThis, timers]) { replace(h, 'setInterval', set); replace(h, 'clearInterval', clear); }
    }
    if (apis.includes('setImmediate')) {
      const set = (fn, ...args) => this.#add(fn, 0, args, false, true);
      for (const h of [globalThis, timers]) { replace(h, 'setImmediate', set); replace(h, 'clearImmediate', clear); }
      const tp = require('timers/promises');
      replace(tp, 'setImmediate', (value) => new Promise((resolve) => this.#add(() => resolve(value), 0, [], false, true)));
    }
    if (apis.includes('scheduler.wait')) {
      const { scheduler } = require('timers/promises');
      replace(scheduler, 'wait', (delay, options) => this.#promiseTimer(delay, undefined, options));
    }
    if (apis.includes('Date')) replace(globalThis, 'Date', this.#makeDate());
  }

  // A promise that the mocked clock resolves after `delay`; options.signal rejects
  // it with an AbortError, as timers/promises does.
  #promiseTimer(delay, value, options) {
    const { AbortError } = require('internal/errors');
    const signal = options?.signal;
    if (signal !== undefined) {
      try {
        require('internal/validators').validateAbortSignal(signal, 'options.signal');
      } catch (err) {
        return Promise.reject(err);
      }
      if (signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      let timer;
      const onAbort = () => {
        timer.close();
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      timer = this.#add(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, [], false);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  setTime(milliseconds) {
    this.#assertEnabled();
    validateNumber(milliseconds, 'milliseconds');
    this.#now = milliseconds;
  }

  #makeDate() {
    const Real = this.#RealDate;
    const clock = this;
    function Date(...args) {
      if (!new.target) return new Real(clock.#now).toString();
      return args.length === 0 ? Reflect.construct(Real, [clock.#now], new.target) : Reflect.construct(Real, args, new.target);
    }
    const MockDate = Date;
    Object.setPrototypeOf(MockDate, Real);
    MockDate.prototype = Real.prototype;
    MockDate.now = () => clock.#now;
    MockDate.parse = Real.parse;
    MockDate.UTC = Real.UTC;
    MockDate.isMock = true;
    MockDate.toString = () => 'function Date() { [native code] }'; // V8's text, as node prints
    return MockDate;
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    for (const restore of this.#restores.reverse()) restore();
    this.#restores = [];
    this.#queue = [];
    this.#now = 0;
  }

  runAll() {
    this.#assertEnabled();
    let latest = this.#now;
    for (const t of this.#queue) latest = Math.max(latest, t.runAt);
    this.tick(latest - this.#now);
  }

  [Symbol.dispose]() { this.reset(); }
}

// What the mocked setTimeout/setInterval/setImmediate return.
class MockTimeout {
  #clock;
  #timer;
  constructor(clock, timer) { this.#clock = clock; this.#timer = timer; }
  close() { this.#clock[kRemove](this.#timer); return this; }
  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
  refresh() { return this; }
  [Symbol.toPrimitive]() { return this.#timer.seq; }
  [Symbol.dispose]() { this.close(); }
}

module.exports = { MockTimers };
