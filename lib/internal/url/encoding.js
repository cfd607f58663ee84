'use strict';
// Percent-encoding in JS for what is not the URL parser (that is C, src/url/):
// UTF-8 percent-encoding of strings (userinfo for URLPattern, file paths for
// pathToFileURL), percent-decoding to bytes, and the
// application/x-www-form-urlencoded parser and serializer used by URLSearchParams.

// Each encode set is a 128-entry table for ASCII; every code point above U+007E
// is in all of them (they all contain the C0 control set).
function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  for (let i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 1;
  return set;
}

const C0_CONTROL = makeSet(null, '\x7f');
for (let i = 0; i < 0x20; i++) C0_CONTROL[i] = 1;
const QUERY = makeSet(C0_CONTROL, ' "#<>');
const PATH = makeSet(QUERY, '?^`{}');
const USERINFO = makeSet(PATH, '/:;=@[\\]|');
const COMPONENT = makeSet(USERINFO, '$%&+,');
const FORM = makeSet(COMPONENT, "!'()~");

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Appends the UTF-8 percent-encoding of code point cp.
function encodeCodePoint(cp) {
  if (cp < 0x80) return hex[cp];
  if (cp < 0x800) return hex[0xc0 | (cp >> 6)] + hex[0x80 | (cp & 0x3f)];
  if (cp < 0x10000) {
    return hex[0xe0 | (cp >> 12)] + hex[0x80 | ((cp >> 6) & 0x3f)] + hex[0x80 | (cp & 0x3f)];
  }
  return hex[0xf0 | (cp >> 18)] + hex[0x80 | ((cp >> 12) & 0x3f)] +
    hex[0x80 | ((cp >> 6) & 0x3f)] + hex[0x80 | (cp & 0x3f)];
}

/*
 * UTF-8 percent-encodes every code point of str that is in `set` (and every
 * non-ASCII one). A lone surrogate becomes U+FFFD, as UTF-8 encoding does. With
 * spaceAsPlus a space becomes '+' (the form serializer).
 */
function percentEncode(str, set, spaceAsPlus = false) {
  const len = str.length;
  let i = 0;
  for (; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80 || set[c] === 1) break;
  }
  if (i === len) return str;
  let out = str.slice(0, i);
  let start = i;
  for (; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && set[c] !== 1) continue;
    if (start < i) out += str.slice(start, i);
    if (c === 0x20 && spaceAsPlus) {
      out += '+';
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = str.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else {
          c = 0xfffd;
        }
      }
      out += encodeCodePoint(c);
    }
    start = i + 1;
  }
  if (start < len) out += str.slice(start);
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes of str (UTF-8) with each '%XX' replaced by its byte.
function percentDecodeBytes(str) {
  const bytes = [];
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c === 37 && i + 2 < len) {
      const h = hexValue(str.charCodeAt(i + 1));
      const l = hexValue(str.charCodeAt(i + 2));
      if (h !== -1 && l !== -1) {
        bytes.push((h << 4) | l);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = str.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x800) {
      bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    } else {
      bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return bytes;
}

/*
 * UTF-8 decodes bytes (an array of numbers) as the Encoding Standard does: each
 * maximal invalid subsequence becomes one U+FFFD. A leading BOM is kept.
 */
function utf8Decode(bytes) {
  let out = '';
  const len = bytes.length;
  let chunk = [];
  for (let i = 0; i < len;) {
    const b = bytes[i];
    let cp = 0xfffd;
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    }
    i++;
    if (b >= 0x80 && need === 0) {
      cp = 0xfffd;
    } else {
      for (let k = 0; k < need; k++) {
        const n = bytes[i];
        if (n === undefined || n < lower || n > upper) {
          cp = 0xfffd;
          break;
        }
        lower = 0x80;
        upper = 0xbf;
        cp = (cp << 6) | (n & 0x3f);
        i++;
      }
    }
    chunk.push(cp);
    if (chunk.length >= 4096) {
      out += String.fromCodePoint(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCodePoint(...chunk);
}

// '+' to space and percent-decoding, as UTF-8. Escapes of ASCII bytes are
// decoded here in one scan; a string with an escaped byte of 0x80 or more is
// decoded whole by slowFormDecode.
function formDecode(str) {
  let out = '';
  let start = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c === 43) { // '+'
      out += `${str.slice(start, i)} `;
      start = i + 1;
    } else if (c === 37) { // '%'
      const h = hexValue(str.charCodeAt(i + 1));
      const l = hexValue(str.charCodeAt(i + 2));
      if (h === -1 || l === -1) continue; // not an escape: kept as it is
      const byte = (h << 4) | l;
      if (byte >= 0x80) return slowFormDecode(str);
      out += str.slice(start, i) + String.fromCharCode(byte);
      start = i + 3;
      i += 2;
    }
  }
  return start === 0 ? str : out + str.slice(start);
}

function slowFormDecode(str) {
  if (str.indexOf('+') !== -1) str = str.replaceAll('+', ' ');
  // The engine's decoder handles well-formed escapes; anything else (a bad
  // escape, invalid UTF-8) takes the byte-wise path with U+FFFD replacement.
  try {
    return decodeURIComponent(str);
  } catch {
    return utf8Decode(percentDecodeBytes(str));
  }
}

// application/x-www-form-urlencoded parsing of a USVString (no lone surrogates:
// every caller converts first) into a flat [name, value, ...] list, in one scan;
// only names and values holding '+' or '%' are decoded.
function parseForm(input) {
  const list = [];
  const len = input.length;
  let start = 0;
  let eq = -1;
  let encoded = false;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? input.charCodeAt(i) : 38;
    if (c === 38) { // '&'
      if (i > start) {
        let name;
        let value = '';
        if (eq === -1) {
          name = input.slice(start, i);
        } else {
          name = input.slice(start, eq);
          value = input.slice(eq + 1, i);
        }
        if (encoded) {
          name = formDecode(name);
          value = formDecode(value);
        }
        list.push(name, value);
      }
      start = i + 1;
      eq = -1;
      encoded = false;
    } else if (c === 61) { // '='
      if (eq === -1) eq = i;
    } else if (c === 43 || c === 37) {
      encoded = true;
    }
  }
  return list;
}

// Serializes a flat [name, value, ...] list as application/x-www-form-urlencoded.
function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${percentEncode(list[i], FORM, true)}=${percentEncode(list[i + 1], FORM, true)}`;
  }
  return out;
}

module.exports = {
  USERINFO,
  parseForm,
  percentDecodeBytes,
  percentEncode,
  serializeForm,
  utf8Decode,
};
