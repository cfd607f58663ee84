'use strict';
// node:querystring: parse and stringify 'a=1&b=2' strings, with node's rules
// ('+' is a space, malformed escapes stay as they are, repeated keys make arrays).

const { encodeStr, isHexTable, noEscape } = require('internal/querystring');
const { utf8Decode } = require('internal/url/encoding');

// Bytes of s with each valid '%XX' decoded (and '+' as a space with decodeSpaces).
function unescapeBytes(s, decodeSpaces) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length && isHexTable[s.charCodeAt(i + 1)] === 1 &&
        isHexTable[s.charCodeAt(i + 2)] === 1) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 43 && decodeSpaces) {
      out.push(32);
    } else {
      // Like node, one byte per UTF-16 unit: its low eight bits.
      out.push(c & 0xff);
    }
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  if (typeof s !== 'string') {
    // node sizes its output by s.length first: its errors for what is no string.
    if (s == null) throw new TypeError(`Cannot read properties of ${s} (reading 'length')`);
    if (typeof s.length !== 'number') Buffer.allocUnsafe(s.length);
  }
  return Buffer.from(unescapeBytes(`${s}`, decodeSpaces));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    if (typeof s !== 'string') return unescapeBuffer(s, decodeSpaces).toString();
    return utf8Decode(unescapeBytes(s, decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// How a value is written with the default encoder: numbers below 1e21 need no
// escaping.
function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = `${convert(k, encode)}${eq}`;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; ++j) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

// Only a '%' followed by two hex digits makes a part need decoding, as in node.
const escapePattern = /%[0-9a-fA-F]{2}/;
// The result has no prototype; Object.create(null) makes it without the call JSC
// makes for a `{ __proto__: null }` literal (see emptyEvents in events.js).
const ObjectCreate = Object.create;
function hasEscape(s) {
  return s.includes('%') && escapePattern.test(s);
}

function addKeyVal(obj, key, value) {
  if (key in obj) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

/*
 * Splits qs at `sep`, each piece at its first `eq`. Empty pieces are skipped but
 * count toward maxKeys (default 1000; only a positive integer limits). '+' reads
 * as a space; the decoder (decodeURIComponent option, else querystring.unescape)
 * runs on any part that has an escape, and on every part if custom.
 */
function parse(qs, sep, eq, options) {
  const obj = ObjectCreate(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  // Truthy separators that are not strings are used as String(x), as in node; an
  // empty one (say from []) never splits, and an empty eq makes every piece a value.
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  if (sep === '') sep = null;
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limited = Number.isInteger(maxKeys) && maxKeys > 0;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;

  const pieces = sep === null ? [qs] : qs.split(sep);
  const count = limited && pieces.length > maxKeys ? maxKeys : pieces.length;
  for (let i = 0; i < count; i++) {
    const piece = pieces[i];
    if (piece.length === 0) continue;
    const at = piece.indexOf(eq);
    let key = at === -1 ? piece : piece.slice(0, at);
    let value = at === -1 ? '' : piece.slice(at + eq.length);
    if (key.includes('+')) key = key.replace(/\+/g, '%20');
    if (value.includes('+')) value = value.replace(/\+/g, '%20');
    if (custom || hasEscape(key)) key = decodeStr(key, decode);
    if (custom || hasEscape(value)) value = decodeStr(value, decode);
    addKeyVal(obj, key, value);
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
