'use strict';
// A compact strict deep-equality used by util.isDeepStrictEqual until
// internal/util/comparisons (node:assert's full algorithm) is present. It compares
// prototypes, own enumerable keys and symbols, and the contents of arrays, Maps, Sets,
// Dates, RegExps, boxed primitives, typed arrays and errors, with cycle detection.

const { types } = require('internal/util/types');

function ownKeys(o) {
  const keys = Object.keys(o);
  for (const s of Object.getOwnPropertySymbols(o)) {
    if (Object.prototype.propertyIsEnumerable.call(o, s)) keys.push(s);
  }
  return keys;
}

function equal(a, b, memo) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  const pair = memo.get(a);
  if (pair !== undefined && pair.has(b)) return true;
  if (pair === undefined) memo.set(a, new Set([b]));
  else pair.add(b);

  if (types.isDate(a) && a.getTime() !== b.getTime()) return false;
  if (types.isRegExp(a) && (a.source !== b.source || a.flags !== b.flags ||
      a.lastIndex !== b.lastIndex)) {
    return false;
  }
  if (types.isBoxedPrimitive(a) && !Object.is(a.valueOf(), b.valueOf())) return false;
  if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
  if (ArrayBuffer.isView(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (types.isFloat32Array(a) || types.isFloat64Array(a)) {
      for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    } else {
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
  }
  if (types.isMap(a)) {
    if (a.size !== b.size) return false;
    outer: for (const [k, v] of a) {
      if (b.has(k)) {
        if (!equal(v, b.get(k), memo)) return false;
        continue;
      }
      if (typeof k !== 'object' || k === null) return false;
      for (const [k2, v2] of b) {
        if (equal(k, k2, memo) && equal(v, v2, memo)) continue outer;
      }
      return false;
    }
  } else if (types.isSet(a)) {
    if (a.size !== b.size) return false;
    outer: for (const v of a) {
      if (b.has(v)) continue;
      if (typeof v !== 'object' || v === null) return false;
      for (const v2 of b) if (equal(v, v2, memo)) continue outer;
      return false;
    }
  }
  if (Array.isArray(a) && a.length !== b.length) return false;
  const ka = ownKeys(a);
  const kb = ownKeys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.propertyIsEnumerable.call(b, k)) return false;
    if (!equal(a[k], b[k], memo)) return false;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return equal(a, b, new Map());
}

module.exports = { isDeepStrictEqual };
