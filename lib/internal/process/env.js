'use strict';
// process.env: a Proxy over the native environment object (src/binding/process.c
// keeps the real environment in sync with its properties). The Proxy gives what the
// native object's class callbacks cannot: JSC hands them a symbol key as its
// description string, and they are not asked about defineProperty. As node's
// interceptors: symbol keys read undefined, are never present and throw on write;
// values are coerced to strings (a symbol throws); a name the environment cannot
// hold ('', or with '=') is not stored; defineProperty takes only a plain
// configurable, writable, enumerable data descriptor.

function invalidName(key) {
  return key === '' || key.includes('=');
}

function makeEnv(target) {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      return t[key];
    },
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (!invalidName(key)) t[key] = value;
      return true;
    },
    has(t, key) {
      return typeof key !== 'symbol' && key in t;
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
      if (typeof key !== 'symbol' && !invalidName(key)) t[key] = desc.value;
      return true;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return undefined;
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
}

module.exports = { makeEnv };
