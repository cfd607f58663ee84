'use strict';
// UTS #46 ToASCII for hosts, as the URL Standard's host parser uses it (without
// STD3 rules or DNS length checks), cached: the host parser itself is C
// (src/url/host.c), which calls this for every domain that is not plain ASCII.
// Returns the ASCII domain, or null for failure.

let idna;
function lazyIdna() {
  idna ??= require('internal/idna');
  return idna;
}

// Forbidden domain code points: the forbidden host code points (NUL TAB LF CR
// space # / : < > ? @ [ \ ] ^ |), the C0 controls, '%' and DEL.
const FORBIDDEN_DOMAIN = new Uint8Array(128);
for (const c of '\0\t\n\r #/:<>?@[\\]^|') FORBIDDEN_DOMAIN[c.charCodeAt(0)] = 1;
for (let i = 0; i < 0x20; i++) FORBIDDEN_DOMAIN[i] = 1;
FORBIDDEN_DOMAIN[0x25] = 1;
FORBIDDEN_DOMAIN[0x7f] = 1;

function hasForbidden(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 128 && FORBIDDEN_DOMAIN[c] === 1) return true;
  }
  return false;
}

// Lower-case ASCII domains with no 'xn--' label need no IDNA processing.
function isSimpleDomain(domain) {
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) return false;
    if ((c | 0x20) === 0x78 && (i === 0 || domain.charCodeAt(i - 1) === 46) &&
        (domain.charCodeAt(i + 1) | 0x20) === 0x6e && domain.charCodeAt(i + 2) === 45 &&
        domain.charCodeAt(i + 3) === 45) {
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
  if (result === '' || hasForbidden(result)) return null;
  return result;
}

module.exports = { domainToASCII };
