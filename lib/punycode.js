'use strict';
// node:punycode (deprecated, DEP0040): the API of the punycode.js library 2.1.0
// that node has always bundled, on eddy's own Punycode codec.

const { bootstringDecode, bootstringEncode } = require('internal/idna');

// Not when a dependency is the first to load it, as in node.
if (!require('internal/util').isInsideNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland ' +
    'alternative instead.', 'DeprecationWarning', 'DEP0040');
}

const errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

// UTF-16 to code points; a lone surrogate stays a code point of its own.
function ucs2decode(string) {
  const output = [];
  const length = string.length;
  for (let i = 0; i < length; i++) {
    const value = string.charCodeAt(i);
    if (value >= 0xd800 && value <= 0xdbff && i + 1 < length) {
      const extra = string.charCodeAt(i + 1);
      if ((extra & 0xfc00) === 0xdc00) {
        output.push(((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(value);
  }
  return output;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function decode(input) {
  const result = bootstringDecode(input);
  if (typeof result === 'string') throw new RangeError(errors[result]);
  return String.fromCodePoint(...result);
}

function encode(input) {
  const result = bootstringEncode(ucs2decode(input));
  if (result === 'overflow') throw new RangeError(errors.overflow);
  return result;
}

// Applies fn to each label of a domain; an email address keeps its local part.
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '\x2E');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
