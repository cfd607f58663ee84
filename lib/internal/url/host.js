'use strict';
// The host parser of the URL Standard: IPv6 literals, IPv4 in all its number
// forms, opaque hosts of non-special URLs, and domains through UTS #46 ToASCII.
// Every function returns the serialized host, or null for failure.

const { C0_CONTROL, percentEncode, percentDecodeString, isAscii } = require('internal/url/encoding');

let idna;
function lazyIdna() {
  idna ??= require('internal/idna');
  return idna;
}

// Forbidden host code points: NUL TAB LF CR space # / : < > ? @ [ \ ] ^ |
const FORBIDDEN_HOST = new Uint8Array(128);
for (const c of '\0\t\n\r #/:<>?@[\\]^|') FORBIDDEN_HOST[c.charCodeAt(0)] = 1;
// Forbidden domain code points add the C0 controls, '%' and DEL.
const FORBIDDEN_DOMAIN = new Uint8Array(FORBIDDEN_HOST);
for (let i = 0; i < 0x20; i++) FORBIDDEN_DOMAIN[i] = 1;
FORBIDDEN_DOMAIN[0x25] = 1;
FORBIDDEN_DOMAIN[0x7f] = 1;

function hasForbidden(str, table) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 128 && table[c] === 1) return true;
  }
  return false;
}

function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 91) {
    if (input.charCodeAt(input.length - 1) !== 93) return null;
    const pieces = parseIPv6(input.slice(1, -1));
    return pieces === null ? null : `[${serializeIPv6(pieces)}]`;
  }
  if (isOpaque) {
    if (hasForbidden(input, FORBIDDEN_HOST)) return null;
    return percentEncode(input, C0_CONTROL);
  }
  const simple = parseSimpleDomain(input);
  if (simple !== undefined) return simple;
  const domain = percentDecodeString(input);
  const ascii = domainToASCII(domain, false);
  if (ascii === null) return null;
  if (endsInANumber(ascii)) {
    const address = parseIPv4(ascii);
    return address === null ? null : serializeIPv4(address);
  }
  return ascii;
}

/*
 * The common case in one pass: an ASCII domain without '%' or 'xn--' labels,
 * whose UTS #46 processing is only lower-casing. Returns the host, null for
 * failure, or undefined when the full algorithm is needed.
 */
function parseSimpleDomain(input) {
  const len = input.length;
  if (len === 0) return null;
  let hasUpper = false;
  let forbidden = false;
  let labelStart = 0;
  let lastLabelStart = 0;
  for (let i = 0; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80 || c === 37) return undefined;
    // Not yet a failure: a later combining mark can turn '<' into '\u226e'.
    if (FORBIDDEN_DOMAIN[c] === 1) forbidden = true;
    if (c === 46) {
      lastLabelStart = labelStart;
      labelStart = i + 1;
    } else if (c >= 65 && c <= 90) {
      hasUpper = true;
    }
    if (i === labelStart && (c === 120 || c === 88) && i + 3 < len &&
        (input.charCodeAt(i + 1) | 0x20) === 110 && input.charCodeAt(i + 2) === 45 &&
        input.charCodeAt(i + 3) === 45) {
      return undefined;
    }
  }
  if (forbidden) return null;
  const host = hasUpper ? input.toLowerCase() : input;
  // The last label (before a final '.') decides whether this is an IPv4 address.
  const numberStart = labelStart === len ? lastLabelStart : labelStart;
  const c = input.charCodeAt(numberStart);
  if ((c >= 48 && c <= 57) && endsInANumber(host)) {
    const address = parseIPv4(host);
    return address === null ? null : serializeIPv4(address);
  }
  return host;
}

// Lower-case ASCII domains with no 'xn--' label need no IDNA processing.
function isSimpleDomain(domain) {
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) return false;
    if ((c === 0x78 || c === 0x58) && (i === 0 || domain.charCodeAt(i - 1) === 46) &&
        /^xn--/i.test(domain.slice(i, i + 4))) {
      return false;
    }
  }
  return true;
}

const idnaCache = new Map();

// domain to ASCII: UTS #46 ToASCII without STD3 rules or DNS length checks.
function domainToASCII(domain, beStrict) {
  let result;
  if (!beStrict && isSimpleDomain(domain)) {
    result = domain.toLowerCase();
  } else {
    // Hosts repeat; full UTS #46 processing costs microseconds.
    const key = beStrict ? `s${domain}` : `l${domain}`;
    result = idnaCache.get(key);
    if (result === undefined) {
      result = lazyIdna().toASCII(domain, beStrict);
      if (idnaCache.size >= 512) idnaCache.clear();
      idnaCache.set(key, result);
    }
    if (result === null) return null;
  }
  if (result === '' || hasForbidden(result, FORBIDDEN_DOMAIN)) return null;
  return result;
}

// The IPv4 number in input[start, end): decimal, octal ('0' prefix) or hex
// ('0x'), or -1 when it is not one. Parts may exceed 32 bits (then callers fail).
function parseIPv4Number(input, start, end) {
  if (start === end) return -1;
  let radix = 10;
  if (end - start >= 2 && input.charCodeAt(start) === 48) {
    if ((input.charCodeAt(start + 1) | 0x20) === 0x78) {
      radix = 16;
      start += 2;
    } else {
      radix = 8;
      start += 1;
    }
  }
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = hexDigit(input.charCodeAt(i));
    if (digit === -1 || digit >= radix) return -1;
    value = value * radix + digit;
  }
  return value;
}

function endsInANumber(input) {
  let end = input.length;
  if (input.charCodeAt(end - 1) === 46) {
    end--;
    if (end === 0) return false;
  }
  const start = input.lastIndexOf('.', end - 1) + 1;
  if (start === end) return false;
  // All digits counts even when it is no valid number ('09'): parsing then fails.
  let i = start;
  while (i < end && input.charCodeAt(i) >= 48 && input.charCodeAt(i) <= 57) i++;
  return i === end || parseIPv4Number(input, start, end) !== -1;
}

// The IPv4 parser of the standard: the address as a number, or null.
function parseIPv4(input) {
  let end = input.length;
  // A trailing '.' ends the last part, unless it is the only separator's part.
  if (end > 1 && input.charCodeAt(end - 1) === 46) end--;
  let address = 0;
  let parts = 0;
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && input.charCodeAt(i) !== 46) continue;
    if (parts === 4) return null;
    const n = parseIPv4Number(input, start, i);
    if (n === -1) return null;
    parts++;
    if (i < end) {
      if (n > 255) return null;
      address += n * 256 ** (4 - parts);
    } else if (n >= 256 ** (5 - parts)) {
      return null;
    } else {
      address += n;
    }
    start = i + 1;
  }
  return address;
}

function serializeIPv4(address) {
  return `${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.${address & 255}`;
}

function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

// The IPv6 parser of the standard: eight 16-bit pieces, or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = -1;
  let p = 0;
  const len = input.length;
  if (input.charCodeAt(0) === 58) {
    if (input.charCodeAt(1) !== 58) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (p < len) {
    if (pieceIndex === 8) return null;
    if (input.charCodeAt(p) === 58) {
      if (compress !== -1) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < len && hexDigit(input.charCodeAt(p)) !== -1) {
      value = value * 16 + hexDigit(input.charCodeAt(p));
      p++;
      length++;
    }
    if (input.charCodeAt(p) === 46) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < len) {
        let ipv4Piece = -1;
        if (numbersSeen > 0) {
          if (input.charCodeAt(p) === 46 && numbersSeen < 4) p++;
          else return null;
        }
        let c = input.charCodeAt(p);
        if (!(c >= 48 && c <= 57)) return null;
        while (c >= 48 && c <= 57) {
          const number = c - 48;
          if (ipv4Piece === -1) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
          c = input.charCodeAt(p);
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (input.charCodeAt(p) === 58) {
      p++;
      if (p >= len) return null;
    } else if (p < len) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed to '::'.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

module.exports = {
  domainToASCII,
  endsInANumber,
  hasForbidden,
  isAscii,
  parseHost,
  parseIPv4,
  parseIPv6,
  serializeIPv4,
  serializeIPv6,
};
