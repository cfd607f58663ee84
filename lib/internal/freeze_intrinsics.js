'use strict';
// --frozen-intrinsics: once the -r preloads have run, the language's built-in
// objects (and console and the timer functions, as node's) are frozen together with
// everything they reach through properties, accessors and prototypes, so the
// program cannot change them. The other globals stay as they are: each remains a
// writable, configurable property of globalThis, only `globalThis.globalThis` is
// made read-only.
//
// Freezing a prototype would make `obj.toString = f` fail on every object that
// inherits it (an inherited read-only property blocks an assignment). So before the
// freeze, each data property of the built-in prototypes becomes an accessor whose
// setter defines the property on the object assigned to, as node's does.

// The globals frozen, by name (those the engine or eddy does not have are skipped).
const kRoots = [
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Boolean', 'String',
  'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math',
  'Intl', 'ArrayBuffer', 'SharedArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array',
  'Int16Array', 'Uint32Array', 'Int32Array', 'BigUint64Array', 'BigInt64Array',
  'Uint8ClampedArray', 'Float32Array', 'Float64Array', 'DataView', 'Map', 'BigInt', 'Set',
  'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape', 'eval',
  'isFinite', 'isNaN', 'WebAssembly', 'console', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
];

// Prototypes that no global constructor names.
function hiddenPrototypes() {
  const getProto = Object.getPrototypeOf;
  const arrayIterator = getProto([][Symbol.iterator]());
  return [
    getProto(arrayIterator), // %IteratorPrototype%
    arrayIterator,
    getProto(Uint8Array.prototype), // %TypedArray%.prototype
  ];
}

// Every object the roots reach through properties, accessors and prototypes
// (breadth first, so a long chain does not grow the stack), but those of `spared`;
// and which of them serve as prototypes: a function's `prototype`, or the
// prototype of another (a function only when it is Function.prototype).
function reachable(roots, spared) {
  const seen = new Set(spared);
  const objects = [];
  const prototypes = new Set();
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const value = queue[i];
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    objects.push(value);
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && (typeof proto === 'object' || proto === Function.prototype)) prototypes.add(proto);
    queue.push(proto);
    for (const key of Reflect.ownKeys(value)) {
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if ('value' in desc) {
        queue.push(desc.value);
        if (key === 'prototype' && typeof value === 'function' && typeof desc.value === 'object' &&
            desc.value !== null) {
          prototypes.add(desc.value);
        }
      } else {
        queue.push(desc.get, desc.set);
      }
    }
  }
  return { objects, prototypes };
}

// Replaces each configurable data property of proto by an accessor pair: reading
// gives the value; assigning on proto itself fails as on a frozen object, and on an
// object that inherits it defines (or sets) the object's own property.
const overrideGetters = new WeakSet();
function enableOverrides(proto) {
  for (const key of Reflect.ownKeys(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (!('value' in desc) || !desc.configurable) continue;
    const { value } = desc;
    // (Methods, which have no `prototype` object of their own to freeze.)
    const { get, set } = {
      get() { return value; },
      set(newValue) {
        if (this === proto) {
          throw new TypeError(`Cannot assign to read only property '${String(key)}' of object`);
        }
        if (Object.hasOwn(this, key)) {
          this[key] = newValue;
        } else {
          Object.defineProperty(this, key, {
            __proto__: null, value: newValue, writable: true, enumerable: true, configurable: true,
          });
        }
      },
    };
    overrideGetters.add(get);
    Object.defineProperty(proto, key, { __proto__: null, get, set, enumerable: desc.enumerable, configurable: false });
    Object.freeze(get);
    Object.freeze(set);
  }
}

function freezeIntrinsics() {
  process.emitWarning('Frozen intristics is an experimental feature and might change at any time',
                      'ExperimentalWarning');
  // AsyncLocalStorage and async hooks swap Promise#then and the Promise statics:
  // from now on they swap what these call.
  require('internal/async_hooks').dispatchPromiseFunctions();
  // WebAssembly.Module's abstract base class, which eddy otherwise puts in place as
  // the first Wasm module loads, goes in now, to be frozen with the rest.
  require('internal/modules/esm/wasm').installAbstractModuleSource();
  const roots = hiddenPrototypes();
  for (const name of kRoots) {
    const value = globalThis[name];
    if (value !== undefined) roots.push(value);
  }
  // The engine's own Error constructor (still the prototype of WebAssembly's error
  // classes) stays writable: Error.stackTraceLimit forwards to it.
  const { engineError } = require('internal/errors/constructors');
  const { objects, prototypes } = reachable(roots, [engineError()]);
  for (const proto of prototypes) {
    if (proto !== engineError()) enableOverrides(proto);
  }
  for (const object of objects) Object.freeze(object);
  Object.defineProperty(globalThis, 'globalThis', { __proto__: null, writable: false, configurable: false });
}

// The value a property held before enableOverrides made it the accessor whose getter
// is given; undefined for any other getter. (util.inspect names an object's class by
// its prototype's `constructor` data property.)
function heldValue(getter) {
  return overrideGetters.has(getter) ? getter() : undefined;
}

module.exports = { freezeIntrinsics, heldValue };
