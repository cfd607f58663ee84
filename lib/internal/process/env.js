'use strict';
// process.env: a Proxy over the native environment object (src/binding/process.c
// keeps the real environment in sync with its properties). The Proxy gives what the
// native object's class callbacks cannot: JSC hands them a symbol key as its
// description string, and they are not asked about defineProperty. As node's
// interceptors: symbol keys read undefined, are never present and throw on write;
// values are coerced to strings (a symbol throws); a name the environment cannot
// hold ('', or with '=') is not stored; defineProperty takes only a plain
// configurable, writable, enumerable data descriptor.

function noop() {}

function invalidName(key) {
  return key === '' || key.includes('=');
}

// target: the native environment object (which coerces values itself), or, with
// coerce, a worker's own plain copy of its environment.
//
// The native object reflects the environment as of the last change this thread
// saw; a thread sharing the environment (a worker made with env: SHARE_ENV, or
// its parent) may have changed it since: reads first bring the object up to date
// (src/binding/process_env.c counts the changes).
function makeEnv(target, coerce = false) {
  let sync = noop;
  if (!coerce) {
    const binding = internalBinding('process');
    const [envGeneration, envSeen] = binding.envViews();
    sync = () => {
      if (envGeneration[0] !== envSeen[0]) binding.envSync(target);
    };
  }
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      sync();
      return t[key];
    },
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (!invalidName(key)) t[key] = coerce ? `${value}` : value;
      return true;
    },
    has(t, key) {
      sync();
      return typeof key !== 'symbol' && key in t;
    },
    ownKeys(t) {
      sync();
      return Reflect.ownKeys(t);
    },
    deleteProperty(t, key) {
      if (typeof key !== 'symbol') delete t[key];
      return true;
    },
    defineProperty(t, key, desc) {
      const { codes } = require('internal/errors');
      if ('get' in desc || 'set' in desc) {
        throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          '\'process.env\' does not accept an accessor(getter/setter) descriptor');
      }
      if (desc.configurable !== true || desc.writable !== true || desc.enumerable !== true) {
        throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          '\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
      }
      if (typeof key !== 'symbol' && !invalidName(key)) t[key] = coerce ? `${desc.value}` : desc.value;
      return true;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return undefined;
      sync();
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
}

module.exports = { makeEnv };
