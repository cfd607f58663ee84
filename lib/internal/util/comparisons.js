'use strict';
// Deep equality as node's assert and util.isDeepStrictEqual define it:
//   loose  (assert.deepEqual): primitives by ==, prototypes ignored;
//   strict (assert.deepStrictEqual): Object.is, prototypes and own enumerable
//          symbol keys compared too;
//   partial (assert.partialDeepStrictEqual): strict, but `expected` only needs to
//          be contained in `actual` (keys, Map/Set members, array subsequences).
// Built-in types are recognised by brand checks, not by instanceof or
// Symbol.toStringTag, so values from other realms and spoofed tags compare right.

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;

// Path depth from which the objects on the path are kept in maps, not arrays.
const kMemoDepth = 16;

const { toString: objectToString, hasOwnProperty, propertyIsEnumerable } = Object.prototype;
const { getPrototypeOf, keys: objectKeys, getOwnPropertySymbols, is: sameValue } = Object;

function getter(proto, name) {
  return Object.getOwnPropertyDescriptor(proto, name).get;
}
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const typedArrayTag = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const regexpSource = getter(RegExp.prototype, 'source');
const regexpFlags = getter(RegExp.prototype, 'flags');

function brand(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

const isDate = (v) => brand(Date.prototype.getTime, v);
const isRegExp = (v) => brand(regexpSource, v) && v !== RegExp.prototype;
const isMap = (v) => brand(mapSize, v);
const isSet = (v) => brand(setSize, v);
const isWeakMap = (v) => { try { WeakMap.prototype.has.call(v, v); return true; } catch { return false; } };
const isWeakSet = (v) => { try { WeakSet.prototype.has.call(v, v); return true; } catch { return false; } };
const isArrayBuffer = (v) => brand(arrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => sharedArrayBufferByteLength !== undefined &&
  brand(sharedArrayBufferByteLength, v);
const isNativeError = typeof Error.isError === 'function' ? Error.isError
  : (v) => v instanceof Error;

// The primitive inside a boxed Number/String/Boolean/BigInt/Symbol, or a marker.
const kNotBoxed = Symbol('kNotBoxed');
function unbox(v) {
  for (const valueOf of [Number.prototype.valueOf, String.prototype.valueOf,
    Boolean.prototype.valueOf, BigInt.prototype.valueOf, Symbol.prototype.valueOf]) {
    try {
      return valueOf.call(v);
    } catch {
      // not this kind of box
    }
  }
  return kNotBoxed;
}

const kArray = 1;
const kDate = 2;
const kRegExp = 3;
const kError = 4;
const kView = 5;
const kMap = 6;
const kSet = 7;
const kArrayBuffer = 8;
const kSharedArrayBuffer = 9;
const kWeak = 10;
const kBoxed = 11;
const kOther = 12;

// The kind of built-in `v` is. The tag names the one candidate to brand-check, so
// ordinary values never pay for a failing check (a thrown exception); only an
// object whose Symbol.toStringTag hides its kind goes through every check.
function kindOf(v, tag) {
  if (Array.isArray(v)) return kArray;
  switch (tag) {
    case '[object Object]':
    case '[object Arguments]':
      if (v[Symbol.toStringTag] === undefined) return v instanceof Error ? kError : kOther;
      break;
    case '[object Date]': if (isDate(v)) return kDate; break;
    case '[object RegExp]': if (isRegExp(v)) return kRegExp; break;
    case '[object Error]': if (isNativeError(v) || v instanceof Error) return kError; break;
    case '[object Map]': if (isMap(v)) return kMap; break;
    case '[object Set]': if (isSet(v)) return kSet; break;
    case '[object ArrayBuffer]': if (isArrayBuffer(v)) return kArrayBuffer; break;
    case '[object SharedArrayBuffer]': if (isSharedArrayBuffer(v)) return kSharedArrayBuffer; break;
    case '[object Number]': case '[object String]': case '[object Boolean]':
    case '[object BigInt]': case '[object Symbol]':
      if (unbox(v) !== kNotBoxed) return kBoxed;
      break;
    default:
      if (ArrayBuffer.isView(v)) return kView;
  }
  if (ArrayBuffer.isView(v)) return kView;
  if (isDate(v)) return kDate;
  if (isRegExp(v)) return kRegExp;
  if (isNativeError(v) || v instanceof Error) return kError;
  if (isMap(v)) return kMap;
  if (isSet(v)) return kSet;
  if (isArrayBuffer(v)) return kArrayBuffer;
  if (isSharedArrayBuffer(v)) return kSharedArrayBuffer;
  if (isWeakMap(v) || isWeakSet(v)) return kWeak;
  if (unbox(v) !== kNotBoxed) return kBoxed;
  return kOther;
}

// An array's own index keys, ascending.
function indexKeys(array) {
  const keys = objectKeys(array);
  let n = 0;
  while (n < keys.length && String(keys[n] >>> 0) === keys[n]) n++;
  keys.length = n;
  return keys;
}

// The own enumerable keys of a typed array or DataView other than its indices.
// Listing a view's keys makes a string per element, so views longer than
// kMaxViewKeyScan are assumed to carry no extra string keys (symbols are always
// checked): extra properties on large binary data are vanishingly rare, and
// comparing two 1 MB buffers would otherwise take seconds.
const kMaxViewKeyScan = 4096;
function extraViewKeys(view, mode) {
  const keys = [];
  if (view.length === undefined || view.length <= kMaxViewKeyScan) {
    for (const key of objectKeys(view)) if (String(key >>> 0) !== key) keys.push(key);
  }
  if (mode !== kLoose) {
    for (const sym of getOwnPropertySymbols(view)) {
      if (propertyIsEnumerable.call(view, sym)) keys.push(sym);
    }
  }
  return keys;
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

// Own enumerable keys: strings always, enumerable symbols in the strict modes.
function ownKeys(value, mode) {
  const keys = objectKeys(value);
  if (mode !== kLoose) {
    for (const sym of getOwnPropertySymbols(value)) {
      if (propertyIsEnumerable.call(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

class Comparer {
  constructor(mode, skipPrototype = false) {
    this.mode = mode;
    this.skipPrototype = skipPrototype;
    // The objects on the current path, per side: the first kMemoDepth in
    // arrays, deeper ones in maps to their depth (made when first needed).
    this.depth = 0;
    this.stackA = [];
    this.stackB = [];
    this.memoA = undefined;
    this.memoB = undefined;
  }

  equal(a, b) {
    if (a === b) return a !== 0 || this.mode === kLoose || sameValue(a, b);
    const mode = this.mode;
    if (mode !== kLoose) {
      if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
      if (typeof b !== 'object' || a === null || b === null) return false;
    } else {
      if (a === null || typeof a !== 'object') {
        if (b === null || typeof b !== 'object') return a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
        return false;
      }
      if (b === null || typeof b !== 'object') return false;
    }
    return this.objects(a, b);
  }

  objects(a, b) {
    const protoA = getPrototypeOf(a);
    const protoB = getPrototypeOf(b);
    if (this.mode === kStrict && !this.skipPrototype && protoA !== protoB) return false;
    const tag = objectToString.call(a);
    if (tag !== objectToString.call(b)) return false;
    if (tag === '[object Object]' && (protoA === Object.prototype || protoA === null) &&
        (protoB === Object.prototype || protoB === null) && !Array.isArray(a) && !Array.isArray(b)) {
      return this.enter(a, b, tag, true);
    }
    return this.enter(a, b, tag, false);
  }

  // Compares a and b with both on the current path.
  enter(a, b, tag, plain) {

    // Cycles: the objects on the current path are remembered with their depth, in
    // short arrays near the top and in maps below kMemoDepth. A cycle must close
    // at the same depth on both sides: an object met again on one side only makes
    // the two structures differ.
    const depth = this.depth;
    const stackA = this.stackA;
    const stackB = this.stackB;
    let seenA = stackA.indexOf(a);
    let seenB = stackB.indexOf(b);
    if (depth > kMemoDepth) {
      if (seenA === -1) seenA = this.memoA.get(a) ?? -1;
      if (seenB === -1) seenB = this.memoB.get(b) ?? -1;
    }
    if (seenA !== -1 || seenB !== -1) return seenA === seenB;
    this.depth = depth + 1;
    let result;
    if (depth < kMemoDepth) {
      stackA.push(a);
      stackB.push(b);
      result = plain ? this.keysAndValues(a, b, false) : this.objectsInner(a, b, tag);
      stackA.pop();
      stackB.pop();
    } else {
      this.memoA ??= new Map();
      this.memoB ??= new Map();
      this.memoA.set(a, depth);
      this.memoB.set(b, depth);
      result = plain ? this.keysAndValues(a, b, false) : this.objectsInner(a, b, tag);
      this.memoA.delete(a);
      this.memoB.delete(b);
    }
    this.depth = depth;
    return result;
  }

  objectsInner(a, b, tag) {
    const mode = this.mode;
    // Both sides must be the same kind of built-in, whatever their tags claim.
    const kind = kindOf(a, tag);
    if (kind !== kindOf(b, tag)) return false;
    switch (kind) {
      case kArray:
        if (mode === kPartial) return this.partialArray(a, b);
        if (a.length !== b.length) return false;
        return this.keysAndValues(a, b, true);
      case kDate:
        if (Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
        break;
      case kRegExp:
        if (regexpSource.call(a) !== regexpSource.call(b) ||
            regexpFlags.call(a) !== regexpFlags.call(b) || a.lastIndex !== b.lastIndex) return false;
        break;
      case kError:
        if (!this.errors(a, b)) return false;
        break;
      case kView:
        if (!this.views(a, b)) return false;
        return this.keysAndValues(a, b, true);
      case kMap:
        if (mode === kPartial ? mapSize.call(a) < mapSize.call(b) : mapSize.call(a) !== mapSize.call(b)) return false;
        if (!this.maps(a, b)) return false;
        break;
      case kSet:
        if (mode === kPartial ? setSize.call(a) < setSize.call(b) : setSize.call(a) !== setSize.call(b)) return false;
        if (!this.sets(a, b)) return false;
        break;
      case kArrayBuffer:
      case kSharedArrayBuffer:
        if (!this.bytes(new Uint8Array(a), new Uint8Array(b))) return false;
        break;
      case kWeak:
        return false;
      case kBoxed: {
        const boxedA = unbox(a);
        const boxedB = unbox(b);
        if (typeof boxedA !== typeof boxedB) return false;
        if (typeof boxedA === 'symbol' ? boxedA !== boxedB : !sameValue(boxedA, boxedB)) return false;
        break;
      }
      default:
        if (tag === '[object URL]' && String(a.href) !== String(b.href)) return false;
        if (!this.keys(a, b)) return false;
    }
    return this.keysAndValues(a, b, false);
  }

  // KeyObjects and CryptoKeys compare by their key material (and a CryptoKey by its
  // algorithm, usages and extractability too), as in node. Only when a program has
  // loaded node:crypto can a value be one.
  keys(a, b) {
    const crypto = require.loadedExports('internal/crypto/keys');
    if (crypto === undefined) return true;
    if (crypto.isKeyObject(a)) return crypto.isKeyObject(b) && a.equals(b);
    const webcrypto = require.loadedExports('internal/crypto/webcrypto');
    if (webcrypto === undefined || !webcrypto.isCryptoKey(a)) return true;
    return webcrypto.isCryptoKey(b) && a.extractable === b.extractable &&
      this.equal(a.algorithm, b.algorithm) && this.equal(a.usages, b.usages) &&
      webcrypto.keyObjectOf(a).equals(webcrypto.keyObjectOf(b));
  }

  errors(a, b) {
    if (a.name !== b.name) return false;
    // In partial mode an expected error without its own message matches any.
    if ((this.mode !== kPartial || hasOwnProperty.call(b, 'message')) && a.message !== b.message) {
      return false;
    }
    const aHasCause = hasOwnProperty.call(a, 'cause');
    const bHasCause = hasOwnProperty.call(b, 'cause');
    if (this.mode === kPartial ? (bHasCause && !aHasCause) : aHasCause !== bHasCause) return false;
    if (bHasCause && !this.equal(a.cause, b.cause)) return false;
    const aHasErrors = hasOwnProperty.call(a, 'errors');
    const bHasErrors = hasOwnProperty.call(b, 'errors');
    if (this.mode === kPartial ? (bHasErrors && !aHasErrors) : aHasErrors !== bHasErrors) return false;
    if (bHasErrors && !this.equal(a.errors, b.errors)) return false;
    return true;
  }

  views(a, b) {
    const tagA = typedArrayTag.call(a);
    if (tagA !== typedArrayTag.call(b)) return false;
    if (tagA === undefined) { // DataView
      return this.bytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
        new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    }
    if (this.mode === kLoose && (tagA === 'Float16Array' || tagA === 'Float32Array' ||
        tagA === 'Float64Array')) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    }
    if (this.mode === kPartial) return this.partialTypedArray(a, b);
    return this.bytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
      new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  }

  bytes(a, b) {
    if (this.mode === kPartial) return this.partialTypedArray(a, b);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  // `expected` (b) must be an ordered subsequence of `actual` (a).
  partialTypedArray(a, b) {
    let i = 0;
    for (let j = 0; j < b.length; j++) {
      while (i < a.length && !sameValue(a[i], b[j])) i++;
      if (i === a.length) return false;
      i++;
    }
    return true;
  }

  // The present elements of `expected` (b) must appear in `actual` (a) in order;
  // holes on either side are skipped (walking own keys keeps huge sparse arrays
  // cheap).
  partialArray(a, b) {
    if (b.length > a.length) return false;
    const indicesA = indexKeys(a);
    let i = 0;
    for (const key of indexKeys(b)) {
      const value = b[key];
      while (i < indicesA.length && !this.equal(a[indicesA[i]], value)) i++;
      if (i === indicesA.length) return false;
      i++;
    }
    return this.extraKeys(a, b);
  }

  // Non-index keys of arrays in partial mode.
  extraKeys(a, b) {
    for (const key of ownKeys(b, this.mode)) {
      if (typeof key === 'string' && String(key >>> 0) === key) continue;
      if (!propertyIsEnumerable.call(a, key) || !this.equal(a[key], b[key])) return false;
    }
    return true;
  }

  keysAndValues(a, b, indexed) {
    const mode = this.mode;
    const isView = indexed && !Array.isArray(a);
    if (mode === kPartial) {
      // (Array elements were matched by partialArray(), view contents by views().)
      for (const key of isView ? extraViewKeys(b, mode) : ownKeys(b, mode)) {
        if (!propertyIsEnumerable.call(a, key) || !this.equal(a[key], b[key])) return false;
      }
      return true;
    }
    if (isView) {
      const keysA = extraViewKeys(a, mode);
      const keysB = extraViewKeys(b, mode);
      if (keysA.length !== keysB.length) return false;
      for (const key of keysA) {
        if (!propertyIsEnumerable.call(b, key) || !this.equal(a[key], b[key])) return false;
      }
      return true;
    }
    const keysA = objectKeys(a);
    if (keysA.length !== objectKeys(b).length) return false;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i];
      if (!propertyIsEnumerable.call(b, key) || !this.equal(a[key], b[key])) return false;
    }
    if (mode === kLoose) return true;
    const symbolsA = getOwnPropertySymbols(a);
    const symbolsB = getOwnPropertySymbols(b);
    if (symbolsA.length === 0 && symbolsB.length === 0) return true;
    let count = 0;
    for (const sym of symbolsA) {
      if (!propertyIsEnumerable.call(a, sym)) continue;
      count++;
      if (!propertyIsEnumerable.call(b, sym) || !this.equal(a[sym], b[sym])) return false;
    }
    for (const sym of symbolsB) if (propertyIsEnumerable.call(b, sym)) count--;
    return count === 0;
  }

  sets(a, b) {
    // Members present in both by SameValueZero pair up; the rest must pair up by
    // deep equality (loose mode also lets primitives pair up by ==).
    const mode = this.mode;
    let restA = null;
    for (const value of a) {
      if (b.has(value)) continue;
      if (mode === kPartial) continue;
      if (isPrimitive(value) && mode === kStrict) return false;
      (restA ??= []).push(value);
    }
    let restB = null;
    for (const value of b) {
      if (a.has(value)) continue;
      if (isPrimitive(value) && mode !== kLoose) return false;
      (restB ??= []).push(value);
    }
    if (restB === null) return mode === kPartial || restA === null;
    if (mode === kPartial) {
      restA = [];
      for (const value of a) if (!b.has(value) && !isPrimitive(value)) restA.push(value);
      return this.matchAll(restB, restA, (x, y) => this.equal(y, x));
    }
    if (restA === null || restA.length !== restB.length) return false;
    return this.matchAll(restA, restB, (x, y) => this.equal(x, y));
  }

  maps(a, b) {
    const mode = this.mode;
    let restA = null;
    for (const [key, value] of a) {
      if (b.has(key)) {
        if (this.equal(value, b.get(key))) continue;
        if (isPrimitive(key) && mode !== kLoose) return false;
      } else if (mode === kPartial) {
        continue;
      } else if (isPrimitive(key) && mode === kStrict) {
        return false;
      }
      (restA ??= []).push([key, value]);
    }
    let restB = null;
    for (const [key, value] of b) {
      if (a.has(key)) {
        if (this.equal(a.get(key), value)) continue;
        if (isPrimitive(key) && mode !== kLoose) return false;
      } else if (isPrimitive(key) && mode !== kLoose) {
        return false;
      }
      (restB ??= []).push([key, value]);
    }
    if (restB === null) return mode === kPartial || restA === null;
    const same = (x, y) => this.equal(x[0], y[0]) && this.equal(x[1], y[1]);
    if (mode === kPartial) {
      restA = [];
      for (const [key, value] of a) if (!isPrimitive(key)) restA.push([key, value]);
      return this.matchAll(restB, restA, (x, y) => same(y, x));
    }
    if (restA === null || restA.length !== restB.length) return false;
    return this.matchAll(restA, restB, same);
  }

  // Every item of `wanted` pairs with a distinct item of `pool` under `match`.
  matchAll(wanted, pool, match) {
    pool = pool.slice();
    for (const x of wanted) {
      const idx = pool.findIndex((y) => match(x, y));
      if (idx === -1) return false;
      pool.splice(idx, 1);
    }
    return true;
  }
}

function isDeepEqual(a, b) {
  return new Comparer(kLoose).equal(a, b);
}

// skipPrototype (new assert.Assert({ skipPrototype: true })) ignores prototypes.
function isDeepStrictEqual(a, b, skipPrototype = false) {
  return new Comparer(kStrict, skipPrototype).equal(a, b);
}

function isPartialStrictEqual(actual, expected) {
  return new Comparer(kPartial).equal(actual, expected);
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual };
