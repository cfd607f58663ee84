'use strict';
// util.types: brand checks that no property lookup can fool and that have no side
// effects. Where JS offers a side-effect-free brand check (a built-in getter that
// throws on the wrong receiver) it is used; the rest ask the engine through
// internalBinding('util'), which compares the object's internal cell type with that of
// a known instance (see src/binding/util.c).

const binding = internalBinding('util');

const uncurry = (fn) => Function.prototype.call.bind(fn);
const getter = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
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
function brand(fn, value, ...args) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    fn(value, ...args);
    return true;
  } catch {
    return false;
  }
}

// Engine type bytes of known instances, taken lazily once.
let cellTypes;
function known() {
  if (cellTypes === undefined) {
    const t = binding.cellType;
    const plain = t(function() {});
    const distinct = (v) => { const x = t(v); return x === plain ? -2 : x; };
    cellTypes = {
      error: t(new Error()),
      generator: t((function* () {})()),
      asyncGenerator: t((async function* () {})()),
      plainFunction: plain,
      asyncFunction: distinct(async function() {}),
      generatorFunction: distinct(function* () {}),
      asyncGeneratorFunction: distinct(async function* () {}),
    };
  }
  return cellTypes;
}

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const k = known();
  const t = binding.cellType(value);
  if (k.asyncFunction !== -2) return t === k.asyncFunction || t === k.asyncGeneratorFunction;
  // The engine gives every function one type: fall back to the prototype chain.
  const proto = Object.getPrototypeOf(value);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const k = known();
  const t = binding.cellType(value);
  if (k.generatorFunction !== -2) return t === k.generatorFunction || t === k.asyncGeneratorFunction;
  const proto = Object.getPrototypeOf(value);
  return proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const k = known();
  const t = binding.cellType(value);
  return t === k.generator || t === k.asyncGenerator;
}

function isNativeError(value) {
  return value !== null && typeof value === 'object' && binding.cellType(value) === known().error;
}

function isTypedArray(value) {
  return typedArrayTag(value) !== undefined;
}

const isArrayBufferView = ArrayBuffer.isView;

function isArgumentsObject(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    if (value[Symbol.toStringTag] !== undefined) return false;
  } catch {
    return false;
  }
  return objectToString(value) === '[object Arguments]';
}

function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object' || binding.getProxyDetails(value) !== undefined) {
    return false;
  }
  if (Object.getPrototypeOf(value) !== null) return false;
  const d = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable &&
    !d.configurable && !Object.isExtensible(value);
}

const isNumberObject = (v) => brand(numberValueOf, v);
const isStringObject = (v) => brand(stringValueOf, v);
const isBooleanObject = (v) => brand(booleanValueOf, v);
const isSymbolObject = (v) => brand(symbolValueOf, v);
const isBigIntObject = (v) => brand(bigIntValueOf, v);
const isArrayBuffer = (v) => brand(arrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => sharedArrayBufferByteLength !== null &&
  brand(sharedArrayBufferByteLength, v);

const types = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDataView: (v) => brand(dataViewByteLength, v),
  isDate: (v) => binding.isDate(v),
  isExternal: () => false,
  isGeneratorFunction,
  isGeneratorObject,
  isMap: (v) => brand(mapSize, v),
  isMapIterator: (v) => binding.iteratorState(v)?.[0].startsWith('map') === true,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise: (v) => binding.isPromise(v),
  isProxy: (v) => binding.getProxyDetails(v) !== undefined,
  isRegExp: (v) => v !== RegExp.prototype && brand(regExpSource, v),
  isSet: (v) => brand(setSize, v),
  isSetIterator: (v) => binding.iteratorState(v)?.[0].startsWith('set') === true,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap: (v) => brand(weakMapHas, v, {}),
  isWeakSet: (v) => brand(weakSetHas, v, {}),
  isAnyArrayBuffer: (v) => isArrayBuffer(v) || isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
    isBigIntObject(v) || isSymbolObject(v),
  isArrayBufferView,
  isTypedArray,
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayTag(v) === name;
}
// KeyObject and CryptoKey come with node:crypto; until it exists nothing is one.
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

module.exports = types;
