'use strict';
// Percent-encoding shared by node:querystring and the legacy url API: every
// UTF-16 string is encoded as UTF-8 bytes, keeping the characters a table allows.

const { codes } = require('internal/errors');

const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

function makeTable(extra) {
  const table = new Int8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (let c = 65; c <= 90; c++) table[c] = 1;
  for (let c = 97; c <= 122; c++) table[c] = 1;
  for (const ch of extra) table[ch.charCodeAt(0)] = 1;
  return table;
}

// querystring.escape keeps A-Z a-z 0-9 - . _ ~ ! ' ( ) *; url auth also keeps ':'.
const noEscape = makeTable("-._~!'()*");
const noEscapeAuth = makeTable("-._~!'()*:");

// Which ASCII bytes are hex digits.
const isHexTable = new Int8Array(256);
for (const ch of '0123456789abcdefABCDEF') isHexTable[ch.charCodeAt(0)] = 1;

/*
 * Percent-encodes str as UTF-8, leaving the ASCII characters `noEscapeTable`
 * marks. A final lone surrogate cannot be encoded: URIError ERR_INVALID_URI.
 */
function encodeStr(str, noEscapeTable, table = hexTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += table[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += table[0xc0 | (c >> 6)] + table[0x80 | (c & 0x3f)];
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) {
      lastPos = i + 1;
      out += table[0xe0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
      continue;
    }
    // A surrogate and the unit after it, taken as a pair whatever they are, as
    // node does; only a surrogate at the very end cannot be encoded.
    ++i;
    if (i >= len) throw new codes.ERR_INVALID_URI();
    const c2 = str.charCodeAt(i);
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff));
    out += table[0xf0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3f)] +
      table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

module.exports = { encodeStr, hexTable, isHexTable, noEscape, noEscapeAuth };
