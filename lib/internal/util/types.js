'use strict';
// util.types: brand checks that no property lookup can fool and that have no side
// effects. Where JS offers a side-effect-free brand check (a built-in getter that
// throws on the wrong receiver) it is used; the rest ask the engine through
// internalBinding('util'), which compares the object's internal cell type with that of
// a known instance (see src/binding/util.c).

// Built-ins captured at load, so that a program replacing them (Object.keys = ...)
// does not change how values print.
const { isArray: ArrayIsArray } = Array;
const {
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getPrototypeOf: ObjectGetPrototypeOf,
} = Object;
const { toStringTag: SymbolToStringTag } = Symbol;

const binding = internalBinding('util');

// `this`-taking built-ins as plain functions. A fixed-arity wrapper: JSC runs it several
// times faster than Function.prototype.call.bind(fn).
const uncurry = (fn) => (self, a, b) => fn.call(self, a, b);
const getter = (proto, name) => uncurry(ObjectGetOwnPropertyDescriptor(proto, name).get);

const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
// (Its own function: util.inspect asks it of many objects.)
const TypedArrayTagGetter = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype,
  SymbolToStringTag).get;
const typedArrayTag = (value) => TypedArrayTagGetter.call(value);
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : null;
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const regExpSource = getter(RegExp.prototype, 'source');
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);
const bigIntValueOf = uncurry(BigInt.prototype.valueOf);
const objectToString = uncurry(Object.prototype.toString);

// A brand check is "call a built-in that throws on a foreign receiver".
function brand(fn, value, arg) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    fn(value, arg);
    return true;
  } catch {
    return false;
  }
}

// The engine's type byte of an object names its kind for nearly every built-in. The
// table is calibrated once from known instances; a byte shared by several kinds (e.g.
// ArrayBuffer and SharedArrayBuffer) is settled by brand checks among those kinds only.
let kindTable;
const brandChecks = {
  arrayBuffer: (v) => brand(arrayBufferByteLength, v),
  sharedArrayBuffer: (v) => sharedArrayBufferByteLength !== null && brand(sharedArrayBufferByteLength, v),
  numberObject: (v) => brand(numberValueOf, v),
  stringObject: (v) => brand(stringValueOf, v),
  booleanObject: (v) => brand(booleanValueOf, v),
  symbolObject: (v) => brand(symbolValueOf, v),
  bigIntObject: (v) => brand(bigIntValueOf, v),
  map: (v) => brand(mapSize, v),
  set: (v) => brand(setSize, v),
  weakMap: (v) => brand(weakMapHas, v, {}),
  weakSet: (v) => brand(weakSetHas, v, {}),
  dataView: (v) => brand(dataViewByteLength, v),
  regExp: (v) => v !== RegExp.prototype && brand(regExpSource, v),
  date: (v) => binding.isDate(v),
  promise: (v) => binding.isPromise(v),
  mapIterator: (v) => binding.iteratorState(v)?.[0] === 'map',
  setIterator: (v) => binding.iteratorState(v)?.[0] === 'set',
};

function engineError() {
  try {
    null.x; // eslint-disable-line no-unused-expressions
  } catch (err) {
    return err;
  }
}

function noop() {}

function buildKindTable() {
  const t = binding.cellType;
  const refs = [
    ['map', new Map()], ['set', new Set()], ['weakMap', new WeakMap()], ['weakSet', new WeakSet()],
    ['date', new Date()], ['regExp', /x/], ['arrayBuffer', new ArrayBuffer(0)],
    // (A pending promise: Promise.resolve runs builtins that cost several times more.)
    ['dataView', new DataView(new ArrayBuffer(0))], ['promise', new Promise(noop)],
    ['proxy', new Proxy({}, {})], ['numberObject', new Number(0)], ['stringObject', new String('')],
    ['booleanObject', new Boolean(false)], ['symbolObject', Object(Symbol())],
    // An engine-thrown error: `new Error()` would also capture a stack (slow here).
    ['bigIntObject', Object(0n)], ['error', engineError()],
    ['arguments', (function() { return arguments; })()],
    ['arguments', (function() { 'use strict'; return arguments; })()],
    ['arguments', (function(a) { return [() => a, arguments][1]; })(0)],
    ['generator', (function* () {})()], ['generator', (async function* () {})()],
    ['mapIterator', new Map().keys()], ['setIterator', new Set().values()],
  ];
  if (sharedArrayBufferByteLength !== null) refs.push(['sharedArrayBuffer', new SharedArrayBuffer(0)]);
  const plainObject = t({});
  // Indexed by type byte (an array: one load, where a Map lookup is a call).
  const table = new Array(256).fill(undefined);
  // Indexed, not for-of: the first inspect may come after a program replaced the
  // array iterator.
  for (let i = 0; i < refs.length; i++) {
    const kind = refs[i][0];
    const type = t(refs[i][1]);
    const prev = table[type];
    if (prev === undefined) table[type] = kind;
    else if (prev !== kind) table[type] = ArrayIsArray(prev) ? prev.concat(kind) : [prev, kind];
  }
  // Kinds sharing a byte with plain objects would make every object ambiguous: those
  // are left to brand checks only when the byte matches.
  const plain = table[plainObject];
  if (plain !== undefined) table[plainObject] = ArrayIsArray(plain) ? plain : [plain];
  return table;
}

// kindOf(value): 'map', 'set', 'date', 'error', 'proxy', ... or '' for anything without a
// special kind (plain objects, arrays, functions, class instances, primitives).
function kindOf(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return '';
  kindTable ??= buildKindTable();
  const entry = kindTable[binding.cellType(value)];
  if (entry === undefined) return '';
  if (typeof entry === 'string') return entry;
  for (const kind of entry) {
    const check = brandChecks[kind];
    if (check !== undefined && check(value)) return kind;
  }
  return '';
}

const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function() {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {});

// JSC gives every function one cell type, so the kind of function is read from its
// prototype chain (which a program could change; V8 reads the function's own kind).
function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = ObjectGetPrototypeOf(value);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = ObjectGetPrototypeOf(value);
  return proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

const isGeneratorObject = (value) => kindOf(value) === 'generator';
const isNativeError = (value) => kindOf(value) === 'error';

function isTypedArray(value) {
  return typedArrayTag(value) !== undefined;
}

const isArrayBufferView = ArrayBuffer.isView;

// JSC has several arguments-object cell types (direct, scoped, cloned), not all of
// which a calibration instance reliably produces: the built-in tag decides the rest.
function isArgumentsObject(value) {
  const kind = kindOf(value);
  if (kind === 'arguments') return true;
  if (kind !== '' || typeof value !== 'object') return false;
  try {
    if (value[SymbolToStringTag] !== undefined) return false;
  } catch {
    return false;
  }
  return objectToString(value) === '[object Arguments]';
}

// eddy's ES-module loader makes namespace objects as Proxies over a null-prototype
// target tagged 'Module' (so bindings stay live); the loader is the authority on which
// proxies are namespaces. Only such proxies are checked, without running any trap.
function isNamespaceProxy(value) {
  const details = binding.getProxyDetails(value);
  const target = details?.[0];
  if (target === null || target === undefined || ObjectGetPrototypeOf(target) !== null) return false;
  const d = ObjectGetOwnPropertyDescriptor(target, SymbolToStringTag);
  if (d === undefined || d.value !== 'Module') return false;
  try {
    return require('internal/modules/esm/loader').isModuleNamespace(value) === true;
  } catch {
    return false;
  }
}

// A Web Storage object (internal/webstorage) is a Proxy standing for what node makes
// with V8's interceptors, an ordinary object to util.types and util.inspect. Only
// once that module has loaded can a value be one.
function isStorageProxy(value) {
  const webstorage = require.loadedExports('internal/webstorage');
  return webstorage !== undefined && webstorage.isStorage(value);
}

function isModuleNamespaceObject(value) {
  return kindOf(value) === 'proxy' && isNamespaceProxy(value);
}

const isNumberObject = (v) => kindOf(v) === 'numberObject';
const isStringObject = (v) => kindOf(v) === 'stringObject';
const isBooleanObject = (v) => kindOf(v) === 'booleanObject';
const isSymbolObject = (v) => kindOf(v) === 'symbolObject';
const isBigIntObject = (v) => kindOf(v) === 'bigIntObject';
const isArrayBuffer = (v) => kindOf(v) === 'arrayBuffer';
const isSharedArrayBuffer = (v) => kindOf(v) === 'sharedArrayBuffer';
const boxedKinds = new Set(['numberObject', 'stringObject', 'booleanObject', 'symbolObject',
  'bigIntObject']);

const types = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDataView: (v) => kindOf(v) === 'dataView',
  isDate: (v) => kindOf(v) === 'date',
  // Externals come only from Node-API addons: none before one has loaded.
  isExternal: (value) => require.loadedExports('internal/napi') !== undefined &&
    internalBinding('napi').isExternal(value),
  isGeneratorFunction,
  isGeneratorObject,
  isMap: (v) => kindOf(v) === 'map',
  isMapIterator: (v) => kindOf(v) === 'mapIterator',
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise: (v) => kindOf(v) === 'promise',
  isProxy: (v) => kindOf(v) === 'proxy' && !isNamespaceProxy(v) && !isStorageProxy(v),
  isRegExp: (v) => kindOf(v) === 'regExp',
  isSet: (v) => kindOf(v) === 'set',
  isSetIterator: (v) => kindOf(v) === 'setIterator',
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap: (v) => kindOf(v) === 'weakMap',
  isWeakSet: (v) => kindOf(v) === 'weakSet',
  isAnyArrayBuffer: (v) => { const k = kindOf(v); return k === 'arrayBuffer' || k === 'sharedArrayBuffer'; },
  isBoxedPrimitive: (v) => boxedKinds.has(kindOf(v)),
  isArrayBufferView,
  isTypedArray,
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayTag(v) === name;
}
// KeyObject and CryptoKey come with node:crypto, loaded on the first object asked about.
// node defines these two read-only and non-configurable.
Object.defineProperties(types, {
  isKeyObject: {
    value: (v) => v !== null && typeof v === 'object' && require('internal/crypto/keys').isKeyObject(v),
    enumerable: true, writable: false, configurable: false,
  },
  isCryptoKey: {
    value: (v) => v !== null && typeof v === 'object' && require('internal/crypto/webcrypto').isCryptoKey(v),
    enumerable: true, writable: false, configurable: false,
  },
});

// `types` is util.types; kindOf is the one-call classification util.inspect uses.
module.exports = { isNamespaceProxy, isStorageProxy, kindOf, types };
