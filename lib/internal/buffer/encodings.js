'use strict';
// Node's encoding names and what each one needs: the id internalBinding('buffer')
// knows it by and how many bytes a string becomes. One table, so Buffer,
// string_decoder and friends agree on every spelling.

const binding = internalBinding('buffer');
const { codes } = require('internal/errors'); // ERR_STRING_TOO_LONG, read where thrown

// node's longest string (V8's limit on 64-bit hosts). JSC's is 2 ** 31 - 1, but
// programs size their chunks by node's figure and expect node's error past it.
const kStringMaxLength = 0x1fffffe8;

const UTF8 = 1;
const UCS2 = 2;
const LATIN1 = 3;
const ASCII = 4;
const BASE64 = 5;
const BASE64URL = 6;
const HEX = 7;

// Canonical name -> id.
const ids = {
  __proto__: null,
  utf8: UTF8, utf16le: UCS2, latin1: LATIN1, ascii: ASCII,
  base64: BASE64, base64url: BASE64URL, hex: HEX,
};

// Every accepted spelling (lower-cased) -> canonical name.
const aliases = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'ascii': 'ascii', 'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex',
};

// The canonical name of an encoding, or undefined when node does not know it.
// undefined, null and '' mean utf8, as everywhere in node.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const exact = aliases[enc];
  if (exact !== undefined) return exact;
  if (typeof enc !== 'string') enc = `${enc}`;
  return aliases[enc.toLowerCase()];
}

// The canonical name as Buffer's toString/indexOf look it up: the argument as a
// string, so null and '' are unknown there (unlike normalizeEncoding).
function lookupEncoding(enc) {
  enc = `${enc}`;
  return aliases[enc] ?? aliases[enc.toLowerCase()];
}

// The most UTF-16 units n bytes decode to.
function decodedLength(n, name) {
  switch (name) {
    case 'hex': return n * 2;
    case 'base64':
    case 'base64url': return Math.ceil(n / 3) * 4;
    case 'utf16le': return n >>> 1;
    default: return n;
  }
}

// Throws node's ERR_STRING_TOO_LONG when n bytes in encoding `name` may decode to
// more than kStringMaxLength units (UTF-8 counts a unit per byte, as an upper bound).
function checkStringLength(n, name) {
  if (n > kStringMaxLength >>> 2 && decodedLength(n, name) > kStringMaxLength) {
    throw new codes.ERR_STRING_TOO_LONG(kStringMaxLength.toString(16));
  }
}

function encodingId(name) {
  return ids[name];
}

function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

// Bytes a string occupies in an encoding (base64's is the upper bound node reports).
function byteLengthOf(str, name) {
  switch (name) {
    case 'utf8': return utf8Length(str);
    case 'utf16le': return str.length * 2;
    case 'latin1':
    case 'ascii': return str.length;
    case 'base64':
    case 'base64url': return base64ByteLength(str);
    case 'hex': return str.length >>> 1;
  }
  return utf8Length(str);
}

// Short strings are measured here: up to about 24 characters a call into C costs
// more than the loop (11: 28 against 31 ns; 64: 60-78 against 41).
function utf8Length(str) {
  const n = str.length;
  if (n > 24) return binding.byteLengthUtf8(str);
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n &&
               (str.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      bytes += 2;
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

module.exports = {
  UTF8, UCS2, LATIN1, ASCII, BASE64, BASE64URL, HEX,
  kStringMaxLength,
  checkStringLength,
  normalizeEncoding,
  lookupEncoding,
  encodingId,
  byteLengthOf,
  utf8Length,
};
