'use strict';
// String-level pieces of util.inspect: quoting and escaping strings as node does,
// numbers with optional numeric separators, terminal widths, and ANSI escape removal.

// Built-ins captured at load, so that a program replacing them (Object.keys = ...)
// does not change how values print.
const { trunc: MathTrunc } = Math;
const { isFinite: NumberIsFinite, isNaN: NumberIsNaN } = Number;
const { is: ObjectIs } = Object;

// Escapes for U+0000..U+009F, indexed by char code ('' = printed as is). Built on the
// first string that needs one.
let meta;
function buildMeta() {
  const table = [];
  for (let i = 0; i < 0xa0; i++) {
    if (i < 0x20 || (i >= 0x7f && i < 0xa0)) {
      table.push(`\\x${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);
    } else {
      table.push('');
    }
  }
  table[8] = '\\b';
  table[9] = '\\t';
  table[10] = '\\n';
  table[12] = '\\f';
  table[13] = '\\r';
  table[39] = "\\'";
  table[92] = '\\\\';
  return table;
}

// Whether a string may need an escape: controls, the quote, backslash, C1 controls, or
// any surrogate (only lone ones are escaped; escapeFrom tells them apart). A plain
// character class: JSC's regexp JIT gives up on lookbehind and runs such patterns in
// its bytecode interpreter, ~100x slower, and most strings need no escape at all.
const mayNeedEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const mayNeedEscapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

// The escaped form of str. Single quotes are escaped only when they are the quote
// (escapeQuote).
function escapeFrom(str, escapeQuote) {
  meta ??= buildMeta();
  let out = '';
  let last = 0;
  const length = str.length;
  for (let i = 0; i < length; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0xa0) {
      rep = meta[c];
      if (rep === '' || (c === 0x27 && !escapeQuote)) continue;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++; // a well-formed pair
          continue;
        }
      }
      rep = `\\u${c.toString(16)}`;
    } else {
      continue;
    }
    if (i !== last) out += str.slice(last, i);
    out += rep;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// Quotes a string the way node does: single quotes unless the string holds one, then
// double quotes, then backticks, and only then escaped single quotes. One regexp run
// settles the common case (nothing to escape, no single quote); the quote choice is
// made only for strings that hold a single quote.
function strEscape(str) {
  if (!mayNeedEscape.test(str)) return `'${str}'`;
  let quote = "'";
  let test = mayNeedEscape;
  if (hasSingleQuote.test(str)) {
    if (!hasDoubleQuote.test(str)) quote = '"';
    else if (!hasBacktickOrTemplate.test(str)) quote = '`';
    if (quote !== "'") test = mayNeedEscapeNoQuote;
  }
  if (!test.test(str)) return `${quote}${str}${quote}`;
  return `${quote}${escapeFrom(str, quote === "'")}${quote}`;
}
const hasSingleQuote = /'/;
const hasDoubleQuote = /"/;
const hasBacktickOrTemplate = /`|\$\{/;

// Escapes controls in a key or symbol description (no quoting).
function escapeKey(str) {
  if (!mayNeedEscapeNoQuote.test(str)) return str;
  return escapeFrom(str, false);
}

function addNumericSeparator(digits) {
  let result = '';
  let i = digits.length;
  const start = digits.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return i === digits.length ? digits : `${digits.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) result += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

function formatNumber(stylize, n, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(n, -0)) return stylize('-0', 'number');
    return stylize(`${n}`, 'number');
  }
  const integer = MathTrunc(n);
  const text = String(integer);
  if (integer === n) {
    if (!NumberIsFinite(n) || text.includes('e')) return stylize(text, 'number');
    return stylize(addNumericSeparator(text), 'number');
  }
  if (NumberIsNaN(n)) return stylize(text, 'number');
  return stylize(`${addNumericSeparator(text)}.${
    addNumericSeparatorEnd(String(n).slice(text.length + 1))}`, 'number');
}

function formatBigInt(stylize, n, numericSeparator) {
  const text = String(n);
  if (!numericSeparator) return stylize(`${text}n`, 'bigint');
  return stylize(`${addNumericSeparator(text)}n`, 'bigint');
}

// ANSI/VT escape sequences (CSI and OSC), as terminals interpret them.
let ansi;
const makeAnsi = () => new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  if (!str.includes('\u001b') && !str.includes('\u009b')) return str;
  ansi ??= makeAnsi();
  ansi.lastIndex = 0;
  return str.replace(ansi, '');
}

// The colour codes util.inspect itself writes (for width calculations).
const colorCodes = /\u001b\[\d\d?m/g;
function removeColors(str) {
  if (!str.includes('\u001b')) return str;
  colorCodes.lastIndex = 0;
  return str.replace(colorCodes, '');
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// Whether every character is printable ASCII (one column each). A loop: most strings
// measured here are short entries, for which a regexp call costs more than the scan.
function isPrintableAscii(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// Columns a string takes in a terminal (wide East Asian characters count two). The
// printable-ASCII scan is all most strings need; the rest is apart so that the
// engine does not inline it into every caller.
function getStringWidth(str, removeControlChars = true) {
  if (isPrintableAscii(str)) return str.length;
  return getStringWidthSlow(str, removeControlChars);
}

function getStringWidthSlow(str, removeControlChars) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  if (isPrintableAscii(str)) return str.length;
  str = str.normalize('NFC');
  let width = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

module.exports = {
  escapeKey,
  formatBigInt,
  formatNumber,
  getStringWidth,
  removeColors,
  strEscape,
  stripVTControlCharacters,
};
