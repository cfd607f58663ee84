'use strict';
// Web Storage (https://html.spec.whatwg.org/#storage): Storage, localStorage and
// sessionStorage, the globals --experimental-webstorage defines
// (internal/webstorage/globals.js). Loading this module is using the feature,
// and emits node's ExperimentalWarning. localStorage lives in the
// --localstorage-file database, sessionStorage in one in memory
// (internal/webstorage/store.js).
//
// A Storage is a "legacy platform object": its stored items are also its own
// properties (localStorage.foo = 1 stores '1'; delete, `in`, Object.keys see the
// items), while names on the prototype chain (getItem, length, toString) keep
// their meaning. Node makes such objects with V8's named-property interceptors;
// here each Storage is a Proxy, the one JS object whose every property access can
// be answered from the database (a JSC class from C could not take
// Object.defineProperty, which must store too). The target is an ordinary object
// with Storage.prototype as its prototype, and holds only symbol-keyed properties.
// The traps follow what node 24.12 does, including where it departs from WebIDL:
// accessor descriptors for items are ignored, symbol properties are always
// writable, enumerable and configurable, and ownKeys lists the stored keys only.

const { emitExperimentalWarning } = require('internal/util');
const { getOptionValues } = require('internal/options');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { coded } = require('internal/sqlite/errors');
const { StorageStore } = require('internal/webstorage/store');

emitExperimentalWarning('Web Storage');

// Each Storage proxy's store: the methods find their store here, so that `this`
// can only be one of the two storage objects.
const stores = new WeakMap();

function storeOf(self) {
  const store = stores.get(self);
  if (store === undefined) throw new TypeError('Illegal invocation');
  return store;
}

// node's argument-count check, in its words (thrown from C++ there, so the stack's
// first line has no [code]).
function requireArgs(count, needed, method) {
  if (count >= needed) return;
  const what = needed === 1 ? '1 argument' : `${needed} arguments`;
  throw coded(TypeError, 'ERR_MISSING_ARGS',
              `Failed to execute '${method}' on 'Storage': ${what} required`);
}

// WebIDL's DOMString conversion, with V8's message for a symbol (JSC's differs).
function toDOMString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function Storage() {
  throw coded(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

// The methods are enumerable, as node's are (for-in over a storage lists them
// after the items).
const methods = {
  clear() {
    storeOf(this).clear();
  },
  getItem(key) {
    const store = storeOf(this);
    requireArgs(arguments.length, 1, 'getItem');
    return store.get(toDOMString(key));
  },
  key(index) {
    const store = storeOf(this);
    requireArgs(arguments.length, 1, 'key');
    return store.keyAt(index >>> 0); // WebIDL's unsigned long: modulo 2^32
  },
  removeItem(key) {
    const store = storeOf(this);
    requireArgs(arguments.length, 1, 'removeItem');
    store.remove(toDOMString(key));
  },
  setItem(key, value) {
    const store = storeOf(this);
    requireArgs(arguments.length, 2, 'setItem');
    store.set(toDOMString(key), toDOMString(value));
  },
};

// node's length getter is anonymous, enumerable and not configurable.
Object.defineProperty(Storage.prototype, 'length', {
  get: (0, function() { return storeOf(this).length; }),
  enumerable: true,
  configurable: false,
});
for (const name of Object.keys(methods)) {
  Object.defineProperty(Storage.prototype, name, {
    value: methods[name], writable: true, enumerable: true, configurable: true,
  });
}
// Last among the prototype's names, as node's.
delete Storage.prototype.constructor;
Object.defineProperty(Storage.prototype, 'constructor', {
  value: Storage, writable: true, enumerable: false, configurable: true,
});

// Whether a string key names a stored item as a property: not when the
// prototype chain has the name (WebIDL's named-property visibility).
function isItemName(target, key) {
  return typeof key === 'string' && !(key in target);
}

const handler = {
  get(target, key, receiver) {
    if (isItemName(target, key)) {
      const value = storeFor(target).get(key);
      if (value !== null) return value;
    }
    return Reflect.get(target, key, receiver);
  },
  // Assigning to the storage itself stores (even a name the prototype has:
  // localStorage.getItem = 1 stores '1'); assigning through an object that
  // inherits from it is ordinary assignment.
  set(target, key, value, receiver) {
    if (typeof key === 'string' && stores.get(receiver) === storeFor(target)) {
      storeFor(target).set(key, toDOMString(value));
      return true;
    }
    return Reflect.set(target, key, value, receiver);
  },
  has(target, key) {
    if (Reflect.has(target, key)) return true;
    return typeof key === 'string' && storeFor(target).has(key);
  },
  deleteProperty(target, key) {
    if (typeof key === 'string') {
      storeFor(target).remove(key);
      return true;
    }
    return Reflect.deleteProperty(target, key);
  },
  // The stored keys the prototype chain does not shadow. JSC's for-in over a proxy
  // takes every key ownKeys gives, so a stored 'getItem' listed here would show
  // among the items, where node's for-in shows it once, among the methods (node's
  // getOwnPropertyNames does list it).
  ownKeys(target) {
    return storeFor(target).keys().filter((key) => !(key in target));
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key !== 'string') return Reflect.getOwnPropertyDescriptor(target, key);
    if (key in target) return undefined;
    const value = storeFor(target).get(key);
    if (value === null) return undefined;
    return { value, writable: true, enumerable: true, configurable: true };
  },
  // A Proxy may not report a property it lacks as defined non-configurable, so
  // such a definition fails (node's stores the value and succeeds).
  defineProperty(target, key, descriptor) {
    if (descriptor.configurable === false) return false;
    if (typeof key === 'string') {
      if ('value' in descriptor) storeFor(target).set(key, toDOMString(descriptor.value));
      return true;
    }
    // Kept configurable, so that ownKeys may leave the symbols out as node does.
    if ('get' in descriptor || 'set' in descriptor) {
      return Reflect.defineProperty(target, key, { ...descriptor, configurable: true });
    }
    const value = 'value' in descriptor ? descriptor.value : target[key];
    return Reflect.defineProperty(target, key, {
      value, writable: true, enumerable: true, configurable: true,
    });
  },
  preventExtensions() {
    throw new TypeError('Cannot prevent extensions');
  },
};

// The store behind a proxy's target (the traps get the target, not the proxy).
const targetStores = new WeakMap();
function storeFor(target) {
  return targetStores.get(target);
}

function createStorage(location) {
  const target = { __proto__: Storage.prototype };
  const store = new StorageStore(location);
  const storage = new Proxy(target, handler);
  stores.set(storage, store);
  targetStores.set(target, store);
  return storage;
}

let local;
let session;

// Whether value is one of the storage objects (util.inspect shows them as the
// ordinary objects they stand for; util.types.isProxy says false, as node's).
function isStorage(value) {
  return stores.has(value);
}

module.exports = {
  Storage,
  // node throws on every read when no --localstorage-file was given.
  get localStorage() {
    if (local !== undefined) return local;
    const files = getOptionValues('--localstorage-file');
    const file = files.length > 0 ? files[files.length - 1] : '';
    if (file === '') {
      throw new ERR_INVALID_ARG_VALUE('--localstorage-file', file,
                                      'is an invalid localStorage location');
    }
    return local = createStorage(file);
  },
  get sessionStorage() {
    return session ??= createStorage(':memory:');
  },
  isStorage,
};
