'use strict';
// defineLazyProperty, on its own so that a module needing only it (buffer, on every
// program's first Buffer) does not load internal/util.

// A property on obj whose value is computed by load() on first read.
function defineLazyProperty(obj, name, load, enumerable = true) {
  Object.defineProperty(obj, name, {
    get() {
      const value = load();
      Object.defineProperty(obj, name, { value, writable: true, enumerable, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { value, writable: true, enumerable, configurable: true });
    },
    enumerable,
    configurable: true,
  });
}

module.exports = { defineLazyProperty };
