'use strict';
// util.inspect: turns any value into node 24's exact text. The walk is formatValue
// (primitives, proxies, custom inspectors, circular references) -> formatRaw (pick the
// braces, the base text and an entry formatter for the value's kind) -> one formatter per
// kind -> reduceToSingleString, which decides between one line and one entry per line
// exactly as node does (compact=3: the three innermost levels join onto one line when
// they fit in breakLength; arrays of more than six short entries are grouped in columns).
// Errors live in inspect_error.js, strings and numbers in inspect_strings.js, and
// util.format in format.js.

// Built-ins captured at load, so that a program replacing them (Object.keys = ...)
// does not change how values print.
const { isArray: ArrayIsArray } = Array;
const { max: MathMax, min: MathMin } = Math;
const { isNaN: NumberIsNaN } = Number;
const {
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols, getPrototypeOf: ObjectGetPrototypeOf,
  keys: ObjectKeys, setPrototypeOf: ObjectSetPrototypeOf,
} = Object;
const { ownKeys: ReflectOwnKeys } = Reflect;
const { iterator: SymbolIterator, toStringTag: SymbolToStringTag } = Symbol;

const binding = internalBinding('util');
const { isNamespaceProxy, isStorageProxy, kindOf, types } = require('internal/util/types');
const brands = require('internal/util/brands');
const {
  escapeKey, formatBigInt, formatNumber, getStringWidth, strEscape,
} = require('internal/util/inspect_strings');
const { colors, styles } = require('internal/util/colors');
// Errors, iterators and util.format load on first use: a program that inspects none
// of them never parses their modules.
let formatError;
let previewEntries;
const {
  kArrayExtrasType, kArrayType, kObjectType, newlineIndent, reduceToSingleString,
} = require('internal/util/inspect_layout');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// `this`-taking built-ins as plain functions, each its own small function: a shared
// wrapper (fn.call(self) on a captured fn) would make every call site see many
// callees, which the engine can neither inline nor specialize.
const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const ObjectPrototypePropertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const ObjectPrototypeToString = Object.prototype.toString;
const FunctionPrototypeToString = Function.prototype.toString;
const RegExpPrototypeToString = RegExp.prototype.toString;
const { getTime: DateGetTime, toISOString: DateToISOString, toString: DateToString } =
  Date.prototype;
const MapPrototypeEntries = Map.prototype.entries;
const SetPrototypeValues = Set.prototype.values;
const MapSizeGetter = ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get;
const SetSizeGetter = ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get;
const MapIteratorNext = ObjectGetPrototypeOf(new Map().entries()).next;
const SetIteratorNext = ObjectGetPrototypeOf(new Set().values()).next;
const SymbolPrototypeToString = Symbol.prototype.toString;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayTagGetter = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype,
  SymbolToStringTag).get;
const TypedArrayLengthGetter = ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const hasOwn = (obj, key) => ObjectPrototypeHasOwnProperty.call(obj, key);
const propertyIsEnumerable = (obj, key) => ObjectPrototypePropertyIsEnumerable.call(obj, key);
const objectToString = (obj) => ObjectPrototypeToString.call(obj);
const functionToString = (fn) => FunctionPrototypeToString.call(fn);
const regExpToString = (re) => RegExpPrototypeToString.call(re);
const dateGetTime = (date) => DateGetTime.call(date);
const dateToISOString = (date) => DateToISOString.call(date);
const dateToString = (date) => DateToString.call(date);
const mapEntries = (map) => MapPrototypeEntries.call(map);
const setValues = (set) => SetPrototypeValues.call(set);
const mapSize = (map) => MapSizeGetter.call(map);
const setSize = (set) => SetSizeGetter.call(set);
const mapIteratorNext = (it) => MapIteratorNext.call(it);
const setIteratorNext = (it) => SetIteratorNext.call(it);
const symbolToString = (sym) => SymbolPrototypeToString.call(sym);
const numberValueOf = (v) => NumberPrototypeValueOf.call(v);
const stringValueOf = (v) => StringPrototypeValueOf.call(v);
const booleanValueOf = (v) => BooleanPrototypeValueOf.call(v);
const bigIntValueOf = (v) => BigIntPrototypeValueOf.call(v);
const symbolValueOf = (v) => SymbolPrototypeValueOf.call(v);
const NumberPrototypeValueOf = Number.prototype.valueOf;
const StringPrototypeValueOf = String.prototype.valueOf;
const BooleanPrototypeValueOf = Boolean.prototype.valueOf;
const BigIntPrototypeValueOf = BigInt.prototype.valueOf;
const SymbolPrototypeValueOf = Symbol.prototype.valueOf;
const typedArrayTag = (v) => TypedArrayTagGetter.call(v);
const typedArrayLength = (v) => TypedArrayLengthGetter.call(v);

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});


const boxedKinds = new Set(['numberObject', 'stringObject', 'booleanObject', 'symbolObject',
  'bigIntObject']);
const jscErrorKeys = new Set(['line', 'column', 'sourceURL']);
const canonicalIndex = /^(0|[1-9][0-9]*)$/;
const classSource = /^class\s*[\s\S]*\{/;

// The engine's own global constructors (V8's list, which node snapshots before adding
// its own globals such as Buffer): their prototypes are not listed with showHidden, and
// util.format's %s prints instances of them with inspect.
const builtInObjects = new Set(('Object Function Array Number Boolean String Symbol Date ' +
  'Promise RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError ' +
  'TypeError URIError JSON Math Intl ArrayBuffer Atomics Uint8Array Int8Array Uint16Array ' +
  'Int16Array Uint32Array Int32Array BigUint64Array BigInt64Array Uint8ClampedArray ' +
  'Float32Array Float64Array DataView Map BigInt Set Iterator WeakMap WeakSet Proxy Reflect ' +
  'FinalizationRegistry WeakRef SuppressedError DisposableStack AsyncDisposableStack ' +
  'Float16Array SharedArrayBuffer WebAssembly').split(' '));
function isBuiltInName(name) {
  return builtInObjects.has(name);
}

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

/**
 * util.inspect(value[, options]) and the legacy util.inspect(value, showHidden, depth,
 * colors). Unknown option keys are passed through to custom inspectors.
 */
function inspect(value, opts, legacyDepth, legacyColors) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    circular: undefined,
    userOptions: undefined,
  };
  // Named parameters rather than `arguments`: JSC materializes a strict function's
  // arguments object on every call. Unpassed ones are undefined, which is what the
  // legacy form checks for anyway.
  if (opts !== undefined || legacyDepth !== undefined || legacyColors !== undefined) {
    applyOptions(ctx, opts, legacyDepth, legacyColors);
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
// The options given to inspect() (an object, or the legacy showHidden, depth, colors)
// onto its context. Unknown keys are kept for custom inspectors.
function applyOptions(ctx, opts, legacyDepth, legacyColors) {
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    // Indexed: a program may have replaced %ArrayIteratorPrototype%.next.
    const keys = ObjectKeys(opts);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        ctx.userOptions = opts;
      }
    }
  }
}

// node's inspect takes (value, opts) and reads the legacy ones from `arguments`.
Object.defineProperty(inspect, 'length', { value: 2 });
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    const { validateObject } = require('internal/validators');
    validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = colors;
inspect.styles = styles;

// The options object handed to a custom inspector.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // A stylize that throws leaves the text plain.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are looked through without running any trap.
  const context = value;
  let kind = kindOf(value);
  let proxy;
  if (kind === 'proxy' && isNamespaceProxy(value)) {
    kind = 'moduleNamespace';
  } else if (kind === 'proxy' && isStorageProxy(value)) {
    kind = ''; // an ordinary object, inspected through its traps
  } else if (kind === 'proxy') {
    proxy = binding.getProxyDetails(value);
    if (proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    while ((kind = kindOf(value)) === 'proxy') {
      const inner = binding.getProxyDetails(value);
      if (inner[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      value = inner[0];
    }
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', newlineIndent(ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray, kind);
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string':
      // Long strings break after each newline, one quoted piece per line.
      if (value.length > ctx.maxStringLength || (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4)) {
        return formatLongString(stylize, value, ctx);
      }
      return stylize(strEscape(value), 'string');
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(value ? 'true' : 'false', 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(symbolToString(value), 'symbol');
  }
}

// formatPrimitive for strings past maxStringLength or longer than the line: apart so
// that the common short string stays a small function for the engine.
function formatLongString(stylize, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (ctx.compact !== true && value.length > 16 &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    // Pieces end after each '\n' (indexOf, not a lookbehind split: JSC runs
    // lookbehind patterns in its slow regexp interpreter).
    let end = value.indexOf('\n');
    if (end !== -1 && end !== value.length - 1) {
      const sep = ` +${newlineIndent(ctx.indentationLvl + 2)}`;
      let out = '';
      let start = 0;
      while (start < value.length) {
        if (start !== 0) out += sep;
        end = end === -1 ? value.length : end + 1;
        out += stylize(strEscape(value.slice(start, end)), 'string');
        start = end;
        end = value.indexOf('\n', start);
      }
      return out + trailer;
    }
  }
  return stylize(strEscape(value), 'string') + trailer;
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// The name of the nearest constructor in value's prototype chain, or null for a
// null-prototype chain; `Foo <Bar>` style names when the chain has no usable
// constructor. With showHidden, records prototype properties to list.
// The prototypes of the engine's own constructors, each with its constructor: values
// whose prototype is one of these, with the constructor link intact, take the fast path.
const builtInPrototypes = new Map();
for (const name of builtInObjects) {
  const ctor = globalThis[name];
  if (typeof ctor !== 'function' || typeof ctor.prototype !== 'object' || ctor.prototype === null) {
    continue;
  }
  // (Iterator.prototype.constructor is an accessor: such prototypes take the walk.)
  const descriptor = ObjectGetOwnPropertyDescriptor(ctor.prototype, 'constructor');
  if (descriptor !== undefined && descriptor.value === ctor) builtInPrototypes.set(ctor.prototype, ctor);
}

// A property's value, as a data property holds it. Under --frozen-intrinsics the
// built-in prototypes' data properties are accessors that still hold one.
function dataValue(descriptor) {
  if (descriptor.get === undefined) return descriptor.value;
  return require('internal/freeze_intrinsics').heldValue(descriptor.get);
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  // Fast path for plain objects and arrays, whose answer is their prototype's intact
  // constructor (the general walk below reads property descriptors level by level).
  if (protoProps === undefined) {
    const proto = ObjectGetPrototypeOf(obj);
    const expected = builtInPrototypes.get(proto);
    if (expected !== undefined && !hasOwn(obj, 'constructor')) {
      const ctor = proto.constructor;
      if (ctor === expected && hasOwn(proto, 'constructor')) {
        const name = ctor.name;
        if (typeof name === 'string' && name !== '') return name;
      }
    }
  }
  let firstProto;
  const start = obj;
  // An instance without an own `constructor` (the usual case) is skipped with a cheap
  // check instead of a descriptor.
  if (protoProps === undefined && obj && !hasOwn(obj, 'constructor')) {
    obj = ObjectGetPrototypeOf(obj);
    firstProto = obj;
  }
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    const ctor = descriptor === undefined ? undefined : dataValue(descriptor);
    if (typeof ctor === 'function' && ctor.name !== '' && isInstanceof(start, ctor)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(ctor.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(ctor.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = objectToString(start).slice(8, -1);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx, customInspect: false, depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// showHidden: the non-builtin prototype properties of a class instance, listed as
// `[key]: value` after its own properties.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      const ctor = descriptor === undefined ? undefined : dataValue(descriptor);
      if (typeof ctor === 'function' && isBuiltInName(ctor.name)) return;
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) output.push(`\u001b[2m${value}\u001b[22m`);
      else output.push(value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  // A subclass named after its tag (MyMap of Map) does not repeat the tag.
  if (tag !== '' && !constructor.includes(tag)) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// Own keys to list: enumerable names and symbols, or all of them with showHidden.
function getKeys(value, showHidden) {
  const symbols = ObjectGetOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch {
      // A module namespace with an uninitialized binding throws on enumeration.
      keys = ObjectGetOwnPropertyNames(value);
    }
  }
  // Indexed, not for-of: inspect must work after a program replaced the array
  // iterator (node's primordials do not use it either).
  for (let i = 0; i < symbols.length; i++) {
    if (showHidden || propertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

// Structures (engine shapes) of arrays and typed arrays with no own properties but
// their elements, taken from fresh instances of every element kind. An object with one
// of these shapes has no other keys, so its millions of index keys need not be listed.
// Among them, the plain arrays whose elements sit in flat storage (int32, double or
// value elements): such an array's own elements are all writable data properties, as
// the engine moves an array with an accessor or read-only element to another kind.
// Typed arrays are calibrated when the first one is inspected.
const kNotPristine = 0;
const kPristine = 1;
const kPristineFlat = 2;
let pristineShapes;
let typedShapesAdded = false;
const { isView: ArrayBufferIsView } = ArrayBuffer;
// A fresh two-element array of v (not a literal: constant literals are copy-on-write
// arrays, which have shapes of their own).
const pairOf = (v) => [v, v];
function pristineKind(value) {
  if (pristineShapes === undefined) {
    const id = binding.structureId;
    pristineShapes = new Map();
    for (const a of [[], [1], [1.5], ['a'], [{}], new Array(3), pairOf(1), pairOf(1.5),
      pairOf('a'), [1, , 2], [1.5, , 2], ['a', , {}]]) {
      pristineShapes.set(id(a), kPristineFlat);
    }
    const sparse = [];
    sparse[100000] = 1;
    pristineShapes.set(id(sparse), kPristine);
  }
  const shape = binding.structureId(value);
  const kind = pristineShapes.get(shape);
  if (kind !== undefined) return kind;
  if (!typedShapesAdded && ArrayBufferIsView(value)) {
    typedShapesAdded = true;
    addTypedArrayShapes(pristineShapes, binding.structureId);
    return pristineShapes.get(shape) ?? kNotPristine;
  }
  return kNotPristine;
}

function addTypedArrayShapes(shapes, id) {
  const resizable = new ArrayBuffer(8, { maxByteLength: 16 });
  for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
    globalThis.Float16Array]) {
    if (typeof T !== 'function') continue;
    shapes.set(id(new T(1)), kPristine);
    shapes.set(id(new T(resizable)), kPristine);
  }
}

// Own keys of an array-like that are not array indices.
function getNonIndexKeys(value, showHidden, length, kind = pristineKind(value)) {
  if (kind !== kNotPristine) return showHidden && ArrayIsArray(value) ? ['length'] : [];
  const names = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
  let start = 0;
  if (length > 0 && names.length >= length && names[length - 1] === `${length - 1}`) {
    start = length; // dense: indices come first, in order
  } else {
    while (start < names.length && canonicalIndex.test(names[start]) &&
           Number(names[start]) < 4294967295) {
      start++;
    }
  }
  const keys = start === 0 ? names : names.slice(start);
  for (const s of ObjectGetOwnPropertySymbols(value)) {
    if (showHidden || propertyIsEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

function getCtxName(constructor, tag, fallback) {
  return getPrefix(constructor, tag, fallback).slice(0, -1);
}

// No own keys and no prototype properties: the value prints as its base alone.
function nothingToList(keys, protoProps) {
  return keys.length === 0 && protoProps === undefined;
}

// Picks how value prints: its keys, braces, base text, entry formatter and entry type,
// left in `layout`; or returns the whole text when there is nothing to list. Apart
// from formatRaw's walk so that the engine compiles the two separately (one function
// with both costs several times more to optimize).
function describe(ctx, value, recurseTimes, typedArray, kind, constructor, tag, rawTag,
  protoProps) {
  let keys;
  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      const shape = pristineKind(value);
      keys = getNonIndexKeys(value, ctx.showHidden, value.length, shape);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && nothingToList(keys, protoProps)) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = shape === kPristineFlat ? formatFlatArray : formatArray;
    } else {
      const described = describeCollection(ctx, value, kind, constructor, tag, protoProps);
      if (described !== kNotCollection) return described;
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      if (ctx.showHidden && hasSloppyArguments(value)) {
        keys.splice(keys.indexOf('name') + 1, 0, 'arguments', 'caller');
      }
      base = getFunctionBase(ctx, value, constructor, tag);
      if (nothingToList(keys, protoProps)) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      // (JSC has arguments objects the kind table does not know: the built-in tag
      // tells them, as in types.isArgumentsObject, with the kind and tag known here;
      // every arguments object has an own `callee`.)
      if (kind === 'arguments' || (kind === '' && rawTag === undefined &&
          hasOwn(value, 'callee') && objectToString(value) === '[object Arguments]')) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (nothingToList(keys, protoProps)) return `${braces[0]}}`;
    } else if (kind === '' && brands.isURL(value) &&
               (recurseTimes <= ctx.depth || ctx.depth === null)) {
      // A URL (without its custom inspector) prints as its href.
      base = value.href;
      if (nothingToList(keys, protoProps)) return base;
    } else if (kind !== '' || isInstanceof(value, Error)) {
      return describeKind(ctx, value, recurseTimes, typedArray, kind, constructor, tag,
        protoProps, keys, braces);
    } else {
      if (nothingToList(keys, protoProps)) return `${getCtxName(constructor, tag, 'Object')} {}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }
  return setLayout(keys, base, formatter, braces, extrasType, undefined);
}

// The built-in type of a null-prototype value, for the short form printed past `depth`
// (V8 reads its constructor name; for class instances JSC keeps none: 'Object').
const kindTypeNames = {
  __proto__: null, set: 'Set', map: 'Map', date: 'Date', regExp: 'RegExp', error: 'Error',
  promise: 'Promise', weakMap: 'WeakMap', weakSet: 'WeakSet', arrayBuffer: 'ArrayBuffer',
  sharedArrayBuffer: 'SharedArrayBuffer', dataView: 'DataView', mapIterator: 'MapIterator',
  setIterator: 'SetIterator',
};
function engineTypeName(value, kind) {
  if (ArrayIsArray(value)) return 'Array';
  const name = kindTypeNames[kind];
  if (name !== undefined) return name;
  return typedArrayTag(value) ?? 'Object';
}

// describe() for Sets, Maps, typed arrays and their iterators; kNotCollection for
// anything else.
const kNotCollection = Symbol('kNotCollection');
function describeCollection(ctx, value, kind, constructor, tag, protoProps) {
  let keys;
  let braces;
  let formatter;
  let extrasType = kObjectType;
  if (kind === 'set') {
    const size = setSize(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    keys = getKeys(value, ctx.showHidden);
    formatter = formatSet;
    if (size === 0 && nothingToList(keys, protoProps)) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
  } else if (kind === 'map') {
    const size = mapSize(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    keys = getKeys(value, ctx.showHidden);
    formatter = formatMap;
    if (size === 0 && nothingToList(keys, protoProps)) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
  } else if (types.isTypedArray(value)) {
    const size = typedArrayLength(value);
    keys = getNonIndexKeys(value, ctx.showHidden, size);
    const fallback = constructor === null ? typedArrayTag(value) : '';
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    braces = [`${prefix}[`, ']'];
    if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
    formatter = formatTypedArray;
    extrasType = kArrayExtrasType;
  } else if (kind === 'mapIterator') {
    keys = getKeys(value, ctx.showHidden);
    braces = getIteratorBraces('Map', tag);
    formatter = formatIterator;
  } else if (kind === 'setIterator') {
    keys = getKeys(value, ctx.showHidden);
    braces = getIteratorBraces('Set', tag);
    formatter = formatIterator;
  } else {
    return kNotCollection;
  }
  return setLayout(keys, '', formatter, braces, extrasType, undefined);
}

// describe() for the kinds that print specially (regexps, dates, errors, buffers,
// promises, weak collections, namespaces, boxed primitives) and other engine objects:
// apart so that the common objects' path stays small for the engine to optimize.
function describeKind(ctx, value, recurseTimes, typedArray, kind, constructor, tag,
  protoProps, keys, braces) {
  let base = '';
  let formatter = formatNothing;
  let leading;
  if (kind === 'regExp') {
    base = regExpToString(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (nothingToList(keys, protoProps) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
      return ctx.stylize(base, 'regexp');
    }
  } else if (kind === 'date') {
    base = NumberIsNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    if (nothingToList(keys, protoProps)) return ctx.stylize(base, 'date');
  } else if (kind === 'error' || (kind === '' && isInstanceof(value, Error))) {
    // JSC gives errors hidden line/column/sourceURL properties V8 does not have.
    if (ctx.showHidden) {
      keys = keys.filter((k) => !jscErrorKeys.has(k) || propertyIsEnumerable(value, k));
      // V8's `stack` is an own accessor listed first; JSC's is a data property.
      const at = keys.indexOf('stack');
      if (at !== -1 && !propertyIsEnumerable(value, 'stack')) {
        keys.splice(at, 1);
        leading = `[stack]: ${ctx.stylize('[Getter/Setter]', 'special')}`;
      }
    }
    formatError ??= require('internal/util/inspect_error').formatError;
    base = formatError(value, constructor, tag, ctx, keys, inspectInternals);
    if (nothingToList(keys, protoProps)) return base;
  } else if (kind === 'arrayBuffer' || kind === 'sharedArrayBuffer') {
    const arrayType = kind === 'arrayBuffer' ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      formatter = formatArrayBuffer;
    } else if (nothingToList(keys, protoProps)) {
      return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (kind === 'dataView') {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (kind === 'promise') {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    formatter = formatPromise;
  } else if (kind === 'weakSet') {
    braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    formatter = formatWeakCollection;
  } else if (kind === 'weakMap') {
    braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    formatter = formatWeakCollection;
  } else if (kind === 'moduleNamespace') {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    // An empty namespace prints as `{  }` in node too.
    formatter = formatNamespaceObject.bind(null, keys);
    keys = [];
  } else if (boxedKinds.has(kind)) {
    base = getBoxedBase(value, ctx, keys, constructor, tag, kind);
    if (nothingToList(keys, protoProps)) return base;
  } else {
    if (nothingToList(keys, protoProps)) return `${getCtxName(constructor, tag, 'Object')} {}`;
    braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
  }
  return setLayout(keys, base, formatter, braces, kObjectType, leading);
}

// The layout describe() hands back to formatRaw: read at once, before anything else
// can describe another value.
const layout = {
  keys: undefined, base: '', formatter: undefined, braces: undefined, extrasType: 0,
  leading: undefined,
};

// Fills the layout; returns undefined, describe()'s "not printed yet".
function setLayout(keys, base, formatter, braces, extrasType, leading) {
  layout.keys = keys;
  layout.base = base;
  layout.formatter = formatter;
  layout.braces = braces;
  layout.extrasType = extrasType;
  layout.leading = leading;
  return undefined;
}

function formatRaw(ctx, value, recurseTimes, typedArray, kind) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  const rawTag = value[SymbolToStringTag];
  let tag = rawTag;
  if (typeof tag !== 'string' || (tag !== '' &&
      (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, SymbolToStringTag))) {
    tag = '';
  }
  const described = describe(ctx, value, recurseTimes, typedArray, kind, constructor, tag,
    rawTag, protoProps);
  if (described !== undefined) return described;
  const { keys, formatter, braces, extrasType, leading } = layout;
  let { base } = layout;
  layout.keys = layout.formatter = layout.braces = layout.leading = undefined;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getCtxName(constructor, tag,
      constructor === null ? engineTypeName(value, kind) : 'Object');
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (leading !== undefined) output.push(leading);
    if (output.isKeyValue === true) braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const p of protoProps) output.push(p);
    }
  } catch (err) {
    if (isStackOverflow(err)) {
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      return ctx.stylize(`[${getCtxName(constructor, tag, 'Object')}: Inspection interrupted ` +
        'prematurely. Maximum call stack size exceeded.]', 'special');
    }
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    throw err;
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past 128 MiB of output the remaining levels are abbreviated, as in node.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflow(err) {
  return err instanceof RangeError && typeof err.message === 'string' &&
    err.message.startsWith('Maximum call stack size exceeded');
}

function isErrorLike(value) {
  return types.isNativeError(value) || isInstanceof(value, Error);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// A class always has an own, read-only `prototype`: functions without one are not
// classes, and their source (a copy per call here) need not be read.
function mayBeClass(fn) {
  if (!hasOwn(fn, 'prototype')) return false;
  const descriptor = ObjectGetOwnPropertyDescriptor(fn, 'prototype');
  return descriptor !== undefined && descriptor.writable === false;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const source = mayBeClass(value) ? functionToString(value) : '';
  if (source.startsWith('class') && source.endsWith('}')) {
    const slice = source.slice(5, -1);
    const bracket = slice.indexOf('{');
    if (bracket !== -1 && (!slice.slice(0, bracket).includes('(') ||
        classSource.test(slice.replace(/\/\/.*?\n|\/\*[\s\S]*?\*\//g, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = value.name;
  if (name === '') base += ' (anonymous)';
  else base += `: ${typeof name === 'string' ? name : formatValue(ctx, name, 0)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// V8 gives sloppy-mode `function` functions own `arguments` and `caller` properties
// (null); JSC serves them from Function.prototype. They are listed for the same
// functions: plain, non-native `function`s on which reading `caller` does not throw
// (it throws for strict ones).
const plainFunctionSource = /^function[\s(]/;
function hasSloppyArguments(fn) {
  const source = functionToString(fn);
  if (!plainFunctionSource.test(source) || source.endsWith('[native code] }')) return false;
  try {
    return fn.caller === null && fn.arguments === null;
  } catch {
    return false;
  }
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag, kind) {
  let primitive;
  let type;
  if (kind === 'numberObject') {
    primitive = numberValueOf(value);
    type = 'Number';
  } else if (kind === 'stringObject') {
    primitive = stringValueOf(value);
    type = 'String';
    // The index keys of a boxed string only repeat its characters.
    keys.splice(0, primitive.length);
  } else if (kind === 'booleanObject') {
    primitive = booleanValueOf(value);
    type = 'Boolean';
  } else if (kind === 'bigIntObject') {
    primitive = bigIntValueOf(value);
    type = 'BigInt';
  } else {
    primitive = symbolValueOf(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function formatNothing() {
  return [];
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < max; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, max, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length - max > 0) output.push(remainingText(length - max));
  return output;
}

// formatArray for an array in flat storage: its own elements are data properties, so
// they are read directly instead of through property descriptors (a slow native call
// per element in JSC).
function formatFlatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < max; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, max, output, i);
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, value[i], recurseTimes));
    ctx.indentationLvl -= 2;
  }
  if (length - max > 0) output.push(remainingText(length - max));
  return output;
}

// Holes print as `<N empty items>`; each run counts as one output entry.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!canonicalIndex.test(key)) break;
      const holes = n - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

let hexTable;
function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  if (hexTable === undefined) {
    hexTable = [];
    for (let i = 0; i < 256; i++) hexTable.push(i.toString(16).padStart(2, '0'));
  }
  const n = MathMin(ctx.maxArrayLength, bytes.length);
  const parts = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = hexTable[bytes[i]];
  let str = parts.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = typedArrayLength(value);
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = new Array(max);
  const isBig = length > 0 && typeof value[0] === 'bigint';
  for (let i = 0; i < max; i++) {
    output[i] = isBig ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator)
      : formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (length - max > 0) output.push(remainingText(length - max));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const length = setSize(value);
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  ctx.indentationLvl += 2;
  const it = setValues(value);
  for (let i = 0; i < max; i++) {
    const step = setIteratorNext(it);
    if (step.done) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
  }
  if (length - max > 0) output.push(remainingText(length - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = mapSize(value);
  const max = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const output = [];
  ctx.indentationLvl += 2;
  const it = mapEntries(value);
  for (let i = 0; i < max; i++) {
    const step = mapIteratorNext(it);
    if (step.done) break;
    output.push(`${formatValue(ctx, step.value[0], recurseTimes)} => ${
      formatValue(ctx, step.value[1], recurseTimes)}`);
  }
  if (length - max > 0) output.push(remainingText(length - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatIterator(ctx, value, recurseTimes) {
  previewEntries ??= require('internal/util/preview').previewEntries;
  const [entries, isKeyValue] = previewEntries(value);
  const max = MathMax(ctx.maxArrayLength, 0);
  const output = [];
  ctx.indentationLvl += 2;
  if (isKeyValue) {
    const length = entries.length / 2;
    const n = MathMin(max, length);
    for (let i = 0; i < n; i++) {
      const pair = [formatValue(ctx, entries[2 * i], recurseTimes),
        formatValue(ctx, entries[2 * i + 1], recurseTimes)];
      output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
    }
    ctx.indentationLvl -= 2;
    if (length - n > 0) output.push(remainingText(length - n));
    output.isKeyValue = true;
    return output;
  }
  const n = MathMin(max, entries.length);
  for (let i = 0; i < n; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (entries.length - n > 0) output.push(remainingText(entries.length - n));
  return output;
}

// The entries of WeakMap/WeakSet are not observable (not even with showHidden: JSC has
// no preview of weak collections).
function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const details = binding.getPromiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  if (details[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding still in its temporal dead zone.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  return output;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// The text of an accessor property: [Getter], [Setter], [Getter/Setter], or with
// `getters` the getter's result. Apart from formatProperty, whose data properties are
// the hot path.
function formatAccessor(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  if (!ctx.getters || (ctx.getters !== true &&
      !(ctx.getters === 'get' && desc.set === undefined) &&
      !(ctx.getters === 'set' && desc.set !== undefined))) {
    return s(`[${label}]`, 'special');
  }
  let str;
  try {
    const tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    if (tmp === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof tmp === 'object') {
      str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, tmp, ctx)}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
  } catch (err) {
    const message = `<Inspection threw (${err?.message})>`;
    str = `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
  return str;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: false };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = newlineIndent(ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeKey(symbolToString(key)), 'symbol');
    if (desc.enumerable === false) name = `[${name}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(key)}]`;
  } else if (isIdentifierKey(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// Whether a key prints unquoted: /^[a-zA-Z_][a-zA-Z_0-9]*$/, as a loop (keys are short,
// and a regexp call per key costs more than the scan in JSC).
function isIdentifierKey(key) {
  const length = key.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) continue; // a-z A-Z _
    if (i !== 0 && c >= 48 && c <= 57) continue; // 0-9
    return false;
  }
  return true;
}

// What inspect_error.js needs from this module.
const inspectInternals = { formatValue, getPrefix, isErrorLike };

// format.js needs this module's exports: it loads on the first util.format call.
let formatInternal;
function lazyFormat() {
  return (formatInternal ??= require('internal/util/format').formatWithOptionsInternal);
}
function format(...args) {
  return lazyFormat()(undefined, args);
}

let validateObject;
function formatWithOptions(inspectOptions, ...args) {
  if (validateObject === undefined) {
    const validators = require('internal/validators');
    validateObject = (v) => validators.validateObject(v, 'inspectOptions',
      validators.kValidateObjectAllowObjects);
  }
  validateObject(inspectOptions);
  return lazyFormat()(inspectOptions, args);
}

module.exports = {
  dataValue,
  format,
  isBuiltInName,
  formatValue,
  formatWithOptions,
  getStringWidth,
  inspect,
  inspectDefaultOptions,
  stylizeNoColor,
  stylizeWithColor,
};
