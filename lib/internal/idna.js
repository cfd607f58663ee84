'use strict';
// UTS #46 (Unicode IDNA Compatibility Processing) as the URL Standard uses it:
// nontransitional, CheckBidi and CheckJoiners on, CheckHyphens off, STD3 rules and
// DNS length checks only when strict. Also the Punycode codec of RFC 3492.
// The tables come from internal/idna/data (generated, see tools/gen-idna-data.py).

// --- Punycode (RFC 3492) ------------------------------------------------------

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digitValue(c) {
  if (c >= 48 && c <= 57) return c - 22; // '0'..'9' are 26..35
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return BASE;
}

function digitChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

/*
 * Decodes Punycode (without 'xn--') into an array of code points, or returns the
 * kind of error: 'not-basic', 'invalid-input' or 'overflow'.
 */
function bootstringDecode(input) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return 'not-basic';
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return 'invalid-input';
      const digit = digitValue(input.charCodeAt(index++));
      if (digit >= BASE) return 'invalid-input';
      if (digit > Math.floor((MAX_INT - i) / w)) return 'overflow';
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return 'overflow';
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) return 'overflow';
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return output;
}

/*
 * Encodes an array of code points into Punycode (without 'xn--'), or returns
 * 'overflow'.
 */
function bootstringEncode(cps) {
  let output = '';
  for (const c of cps) if (c < 0x80) output += String.fromCharCode(c);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < cps.length) {
    let m = MAX_INT;
    for (const c of cps) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return 'overflow';
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n && ++delta > MAX_INT) return 'overflow';
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
          if (q < t) break;
          output += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// Punycode to a string, or null when invalid or not Unicode scalar values.
function punycodeDecode(input) {
  const cps = bootstringDecode(input);
  if (typeof cps === 'string') return null;
  for (const c of cps) if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
  return String.fromCodePoint(...cps);
}

function punycodeEncode(input) {
  const out = bootstringEncode(Array.from(input, (ch) => ch.codePointAt(0)));
  return out === 'overflow' ? null : out;
}

// --- tables -------------------------------------------------------------------

const V = 0;
const M = 1; // mapped to a string
const D = 2; // deviation: valid in nontransitional processing
const I = 3; // ignored
const X = 4; // disallowed
const O = 5; // mapped to code point + offset

let mapStarts; // Int32Array of range starts
let mapStatus; // Uint8Array
let mapValue; // offset (O) or string (M, D)
let bidiStarts;
let bidiEnds;
let bidiClass;
let viramas;
let joinStarts;
let joinEnds;
let joinType;

function loadTables() {
  const data = require('internal/idna/data');
  const rows = data.MAP.split(';');
  mapStarts = new Int32Array(rows.length);
  mapStatus = new Uint8Array(rows.length);
  mapValue = new Array(rows.length);
  let prev = 0;
  for (let r = 0; r < rows.length; r++) {
    const [delta, status, value] = rows[r].split(',');
    prev += parseInt(delta, 36);
    mapStarts[r] = prev;
    switch (status) {
      case 'V': mapStatus[r] = V; break;
      case 'I': mapStatus[r] = I; break;
      case 'X': mapStatus[r] = X; break;
      case 'm':
        mapStatus[r] = O;
        mapValue[r] = parseInt(value, 36);
        break;
      default:
        mapStatus[r] = status === 'D' ? D : M;
        mapValue[r] = value === undefined || value === '' ? '' :
          String.fromCodePoint(...value.split(' ').map((v) => parseInt(v, 36)));
    }
  }
  const bidi = data.BIDI.split(';');
  bidiStarts = new Int32Array(bidi.length);
  bidiEnds = new Int32Array(bidi.length);
  bidiClass = new Array(bidi.length);
  prev = 0;
  for (let r = 0; r < bidi.length; r++) {
    const [delta, length, cls] = bidi[r].split(',');
    prev += parseInt(delta, 36);
    bidiStarts[r] = prev;
    bidiEnds[r] = prev + parseInt(length, 36);
    bidiClass[r] = cls;
  }
  viramas = new Set();
  prev = 0;
  for (const v of data.VIRAMA.split(',')) {
    prev += parseInt(v, 36);
    viramas.add(prev);
  }
  const join = data.JOINING.split(';');
  joinStarts = new Int32Array(join.length);
  joinEnds = new Int32Array(join.length);
  joinType = new Array(join.length);
  prev = 0;
  for (let r = 0; r < join.length; r++) {
    const [delta, length, type] = join[r].split(',');
    prev += parseInt(delta, 36);
    joinStarts[r] = prev;
    joinEnds[r] = prev + parseInt(length, 36);
    joinType[r] = type;
  }
}

// Index of the last range whose start is <= cp.
function findRange(starts, cp) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function bidiOf(cp) {
  const r = findRange(bidiStarts, cp);
  return bidiStarts[r] <= cp && cp < bidiEnds[r] ? bidiClass[r] : 'L';
}

function joiningOf(cp) {
  const r = findRange(joinStarts, cp);
  return joinStarts[r] <= cp && cp < joinEnds[r] ? joinType[r] : 'U';
}

// --- processing ---------------------------------------------------------------

const combiningMark = /^\p{M}/u;

function isStd3Valid(cp) {
  return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 45 || cp >= 0x80;
}

// The CONTEXTJ rules for ZWNJ and ZWJ at index i of cps.
function joinerAllowed(cps, i) {
  if (i > 0 && viramas.has(cps[i - 1])) return true;
  if (cps[i] === 0x200d) return false;
  let j = i - 1;
  while (j >= 0 && joiningOf(cps[j]) === 'T') j--;
  if (j < 0) return false;
  const before = joiningOf(cps[j]);
  if (before !== 'L' && before !== 'D') return false;
  j = i + 1;
  while (j < cps.length && joiningOf(cps[j]) === 'T') j++;
  if (j >= cps.length) return false;
  const after = joiningOf(cps[j]);
  return after === 'R' || after === 'D';
}

// Validity criteria of UTS #46 section 4.1 (without CheckBidi, done per domain).
function labelValid(label, std3, fromPunycode) {
  if (label.normalize('NFC') !== label) return false;
  if (label.length >= 4 && label.slice(0, 4).toLowerCase() === 'xn--') return false;
  if (label.includes('.')) return false;
  if (combiningMark.test(label)) return false;
  const cps = Array.from(label, (ch) => ch.codePointAt(0));
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (fromPunycode || cp >= 0x80) {
      const status = mapStatus[findRange(mapStarts, cp)];
      if (status !== V && status !== D) return false;
    }
    if (std3 && !isStd3Valid(cp)) return false;
    if ((cp === 0x200c || cp === 0x200d) && !joinerAllowed(cps, i)) return false;
  }
  return true;
}

// RFC 5893 section 2, for one non-empty label of a bidi domain.
function bidiLabelValid(label) {
  const classes = Array.from(label, (ch) => bidiOf(ch.codePointAt(0)));
  const first = classes[0];
  let last = classes.length - 1;
  while (last > 0 && classes[last] === 'NSM') last--;
  const end = classes[last];
  if (first === 'R' || first === 'AL') {
    let hasEN = false;
    let hasAN = false;
    for (const c of classes) {
      if (!['R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM'].includes(c)) return false;
      if (c === 'EN') hasEN = true;
      if (c === 'AN') hasAN = true;
    }
    if (end !== 'R' && end !== 'AL' && end !== 'EN' && end !== 'AN') return false;
    return !(hasEN && hasAN);
  }
  if (first !== 'L') return false;
  for (const c of classes) {
    if (!['L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM'].includes(c)) return false;
  }
  return end === 'L' || end === 'EN';
}

function isRtlChar(cls) {
  return cls === 'R' || cls === 'AL' || cls === 'AN';
}

/*
 * UTS #46 processing: map, normalize, split and validate. Returns the Unicode
 * labels and whether any error was found.
 */
function processDomain(domain, std3) {
  if (mapStarts === undefined) loadTables();
  let error = false;
  let mapped = '';
  for (const ch of domain) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      mapped += cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
      continue;
    }
    const r = findRange(mapStarts, cp);
    switch (mapStatus[r]) {
      case V:
      case D:
        mapped += ch;
        break;
      case M:
        mapped += mapValue[r];
        break;
      case O:
        mapped += String.fromCodePoint(cp + mapValue[r]);
        break;
      case I:
        break;
      default:
        error = true;
        mapped += ch;
    }
  }
  const labels = mapped.normalize('NFC').split('.');
  let bidiDomain = false;
  for (let i = 0; i < labels.length; i++) {
    let label = labels[i];
    let fromPunycode = false;
    if (label.length >= 4 && label.slice(0, 4).toLowerCase() === 'xn--') {
      if (/[^\x00-\x7f]/.test(label)) {
        error = true;
        continue;
      }
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || !/[^\x00-\x7f]/.test(decoded)) {
        error = true;
        continue;
      }
      label = labels[i] = decoded;
      fromPunycode = true;
    }
    if (label.length > 0 && !labelValid(label, std3, fromPunycode)) error = true;
    if (!bidiDomain) {
      for (const ch of label) {
        if (isRtlChar(bidiOf(ch.codePointAt(0)))) {
          bidiDomain = true;
          break;
        }
      }
    }
  }
  if (bidiDomain && !error) {
    for (const label of labels) {
      if (label.length > 0 && !bidiLabelValid(label)) {
        error = true;
        break;
      }
    }
  }
  return { labels, error };
}

// UTS #46 ToASCII; null on error. Strict adds STD3 rules and DNS length limits.
function toASCII(domain, strict = false) {
  const { labels, error } = processDomain(domain, strict);
  if (error) return null;
  for (let i = 0; i < labels.length; i++) {
    if (/[^\x00-\x7f]/.test(labels[i])) {
      const encoded = punycodeEncode(labels[i]);
      if (encoded === null) return null;
      labels[i] = `xn--${encoded}`;
    }
  }
  const result = labels.join('.');
  if (strict) {
    if (result.length > 253 || result.length === 0) return null;
    for (const label of labels) if (label.length > 63 || label.length === 0) return null;
  }
  return result;
}

// UTS #46 ToUnicode: the processed labels, errors or not.
function toUnicode(domain) {
  return processDomain(domain, false).labels.join('.');
}

module.exports = { bootstringDecode, bootstringEncode, punycodeDecode, punycodeEncode, toASCII, toUnicode };
