'use strict';
// assert.CallTracker (deprecated in node, DEP0173): wraps functions and checks
// how many times they were called.

const { AssertionError } = require('internal/assert/assertion_error');
const { codes } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');

const noop = () => {};

class CallTracker {
  #calls = new Map(); // wrapper -> { name, fn, exact, calls: [{ thisArg, arguments }], stack }

  #context(wrapper) {
    const context = this.#calls.get(wrapper);
    if (context === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('fn', wrapper, 'is not a tracked function');
    }
    return context;
  }

  getCalls(fn) {
    return Object.freeze(this.#context(fn).calls.slice());
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#calls.values()) context.calls = [];
      return;
    }
    this.#context(fn).calls = [];
  }

  calls(fn, exact = 1) {
    if (process._exiting) throw new codes.ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      exact = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(exact, 'exact', true);
    validateFunction(fn, 'fn');
    const context = { name: fn.name || 'calls', fn, exact, calls: [], stack: new Error() };
    // A null-prototype handler: traps inherited from a patched Object.prototype
    // (say a `get`) must not apply to the wrapper.
    const wrapper = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args) }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#calls.set(wrapper, context);
    return wrapper;
  }

  report() {
    const errors = [];
    for (const context of this.#calls.values()) {
      if (context.calls.length === context.exact) continue;
      errors.push({
        message: `Expected the ${context.name} function to be executed ${context.exact} ` +
          `time(s) but was executed ${context.calls.length} time(s).`,
        actual: context.calls.length,
        expected: context.exact,
        operator: context.name,
        stack: context.stack,
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = { CallTracker };
