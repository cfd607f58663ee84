'use strict';
// The runtime side of `using` / `await using` declarations, which eddy rewrites
// into try/finally blocks (src/esm/using_decl.c) because JavaScriptCore does not
// parse them. A block's resources go on one stack; when the block ends, however it
// ends, they are disposed in reverse order. Checks, order and errors follow the
// spec, with V8's messages.

const kNotObject = 'An object is expected with `using` declarations';

class UsingStack {
  #async;
  #resources = [];

  constructor(async) {
    this.#async = async;
  }

  // Checks a declaration's value and takes its dispose method now, as the spec does;
  // null and undefined are allowed and dispose nothing.
  use(value) {
    if (value === null || value === undefined) {
      if (this.#async) this.#resources.push(undefined); // still awaited at the end
      return value;
    }
    if (typeof value !== 'object' && typeof value !== 'function') throw new TypeError(kNotObject);
    let method;
    if (this.#async) {
      method = value[Symbol.asyncDispose];
      if (method === undefined || method === null) {
        const sync = value[Symbol.dispose];
        if (typeof sync !== 'function') throw new TypeError('Symbol(Symbol.dispose) is not a function');
        method = function() { sync.call(this); }; // its result is not awaited
      }
      if (typeof method !== 'function') throw new TypeError('Symbol(Symbol.asyncDispose) is not a function');
    } else {
      method = value[Symbol.dispose];
      if (typeof method !== 'function') throw new TypeError('Symbol(Symbol.dispose) is not a function');
    }
    this.#resources.push({ value, method });
    return value;
  }

  // Takes the resources, last first, leaving the stack empty.
  take() {
    const resources = this.#resources;
    this.#resources = [];
    return resources.reverse();
  }
}

function usingStack(async) {
  return new UsingStack(async);
}

function suppress(error, suppressed) {
  return new SuppressedError(error, suppressed, 'An error was suppressed during disposal');
}

// Disposes the block's resources; throws the block's error, a disposal error, or the
// SuppressedError chain of both.
function disposeResources(stack, threw, error) {
  for (const resource of stack.take()) {
    try {
      resource.method.call(resource.value);
    } catch (err) {
      error = threw ? suppress(err, error) : err;
      threw = true;
    }
  }
  if (threw) throw error;
}

async function disposeResourcesAsync(stack, threw, error) {
  for (const resource of stack.take()) {
    try {
      if (resource === undefined) await undefined;
      else await resource.method.call(resource.value);
    } catch (err) {
      error = threw ? suppress(err, error) : err;
      threw = true;
    }
  }
  if (threw) throw error;
}

module.exports = { usingStack, disposeResources, disposeResourcesAsync };
