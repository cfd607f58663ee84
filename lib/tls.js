'use strict';
// node:tls — TLS over the stream layer (see lib/_tls_wrap.js and
// src/binding/tls_wrap.c), secure contexts (lib/_tls_common.js) and the helpers
// node exposes: checkServerIdentity, getCiphers, rootCertificates, constants.

const binding = internalBinding('tls_wrap');
const net = require('net');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { createSecureContext, SecureContext } = require('_tls_common');

const { cli } = require('internal/tls_options');
const { defineLazyProperty } = require('internal/util/lazy_property');

let ciphers;
function getCiphers() {
  ciphers ??= [...new Set(binding.getCiphers())].sort();
  return ciphers.slice();
}

const ca = () => require('internal/tls_ca');

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const p = protocols[i];
      const len = Buffer.byteLength(p);
      if (len > 255) {
        throw new codes.ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
                                   '<= 255', len, true);
      }
      parts.push(Buffer.from([len]), Buffer.from(p));
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    // A copy of the view's bytes, whatever its element type.
    out.ALPNProtocols = Buffer.from(new Uint8Array(protocols.buffer, protocols.byteOffset, protocols.byteLength));
  }
}

function unfqdn(host) { return host.replace(/[.]$/, ''); }

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/u.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*', 3);
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

// The canonical text of an IP address, or undefined when it is not one (as node: a
// range such as 8.8.8.0/24 matches nothing and lists as '').
function canonicalizeIP(ip) {
  if (!net.isIP(ip)) return undefined;
  const { SocketAddress } = require('net');
  try {
    return new SocketAddress({ address: ip, family: net.isIPv6(ip) ? 'ipv6' : 'ipv4' }).address;
  } catch {
    return undefined;
  }
}

// A certificate's subjectaltname text as names: entries are separated by ', ', and
// a value holding unsafe characters (commas among them) comes as a JSON string.
function splitAltNames(text) {
  const names = [];
  let current = '';
  let at = 0;
  while (at < text.length) {
    const comma = text.indexOf(',', at);
    const quote = text.indexOf('"', at);
    if (quote !== -1 && (comma === -1 || quote < comma)) {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(quote));
      let value;
      try {
        value = JSON.parse(m?.[0]);
      } catch {
        throw new codes.ERR_TLS_CERT_ALTNAME_FORMAT();
      }
      current += text.slice(at, quote) + value;
      at = quote + m[0].length;
    } else if (comma !== -1) {
      names.push(current + text.slice(at, comma));
      current = '';
      at = comma + 2;
    } else {
      current += text.slice(at);
      at = text.length;
    }
  }
  names.push(current);
  return names;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) {
    const err = new codes.ERR_TLS_CERT_ALTNAME_INVALID(reason);
    err.reason = reason;
    err.host = hostname;
    err.cert = cert;
    return err;
  }
}

const wrap = () => require('_tls_wrap');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: cli.ciphers,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: cli.min,
  DEFAULT_MAX_VERSION: cli.max,
  getCiphers,
  get rootCertificates() { return ca().bundledCertificates(); },
  getCACertificates(type) { return ca().getCACertificates(type); },
  setDefaultCACertificates(certs) { ca().setDefaultCACertificates(certs); },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket: null,
  Server: null,
  createServer(...args) { return wrap().createServer(...args); },
  connect(...args) { return wrap().connect(...args); },
};

// As in node, rootCertificates is a getter that cannot be redefined, while TLSSocket and
// Server (null above only to keep node's key order) are assignable: mocking libraries
// replace them. All three load their module on first read.
Object.defineProperty(module.exports, 'rootCertificates', { configurable: false });
defineLazyProperty(module.exports, 'TLSSocket', () => wrap().TLSSocket);
defineLazyProperty(module.exports, 'Server', () => wrap().Server);
