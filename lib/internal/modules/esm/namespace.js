'use strict';
// Module namespace objects, and the namespace-shaped object require(esm) returns.

const namespaces = new WeakSet();

// The module namespace object: null prototype, sorted names, not extensible,
// @@toStringTag 'Module', and live: a Proxy whose properties read the bindings,
// reported as the spec's writable, non-configurable data properties (assigning
// throws in strict code; reading one still in its TDZ throws ReferenceError).
const gettersOf = new WeakMap();
const namespaceHandler = {
  get(target, key, receiver) {
    const get = typeof key === 'string' ? gettersOf.get(target).get(key) : undefined;
    return get !== undefined ? get() : Reflect.get(target, key, receiver);
  },
  getOwnPropertyDescriptor(target, key) {
    const get = typeof key === 'string' ? gettersOf.get(target).get(key) : undefined;
    if (get === undefined) return Reflect.getOwnPropertyDescriptor(target, key);
    return { value: get(), writable: true, enumerable: true, configurable: false };
  },
  set() {
    return false;
  },
  defineProperty() {
    return false;
  },
  deleteProperty(target, key) {
    return !Reflect.has(target, key);
  },
  setPrototypeOf(target, proto) {
    return proto === null;
  },
};

function makeNamespace(names, getterOf) {
  const target = { __proto__: null };
  const getters = new Map();
  for (let i = 0; i < names.length; i++) { // not for-of: the array iterator may be replaced
    const name = names[i];
    getters.set(name, getterOf(name));
    Object.defineProperty(target, name, { value: undefined, writable: true, enumerable: true, configurable: false });
  }
  Object.defineProperty(target, Symbol.toStringTag, { value: 'Module' });
  gettersOf.set(target, getters);
  Object.preventExtensions(target);
  const ns = new Proxy(target, namespaceHandler);
  namespaces.add(ns);
  return ns;
}

function isModuleNamespace(value) {
  return namespaces.has(value);
}

module.exports = { makeNamespace, isModuleNamespace };
