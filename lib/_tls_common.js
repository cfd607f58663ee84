'use strict';
// SecureContext and createSecureContext: an OpenSSL SSL_CTX (internalBinding('tls_wrap'))
// configured from tls options — certificates, keys, CAs, ciphers, versions.

const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateString, validateInt32, validateNumber } = require('internal/validators');

const kVersions = { 'TLSv1': 0x301, 'TLSv1.1': 0x302, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304 };

function toPem(value, name) {
  if (typeof value === 'string') return Buffer.from(value);
  if (ArrayBuffer.isView(value)) return value;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function versionNumber(value, which) {
  if (value === undefined) return undefined;
  validateString(value, `options.${which}Version`);
  const n = kVersions[value];
  if (n === undefined) throw new codes.ERR_TLS_INVALID_PROTOCOL_VERSION(value, which);
  return n;
}

function defaultRange() {
  const tls = require('tls');
  return [kVersions[tls.DEFAULT_MIN_VERSION], kVersions[tls.DEFAULT_MAX_VERSION]];
}

// secureProtocol (OpenSSL method names, as node takes them) -> [min, max]; 0 is
// "no limit".
function protocolRange(method) {
  if (typeof method !== 'string') return defaultRange(); // node ignores other types
  const base = method.replace(/_(server|client)_method$/, '_method');
  switch (base) {
    case 'TLS_method': return [0, kVersions['TLSv1.3']];
    // node's legacy name: from the default minimum (--tls-min-v*) up to TLS 1.2.
    case 'SSLv23_method': return [defaultRange()[0], kVersions['TLSv1.2']];
    case 'TLSv1_method': return [kVersions.TLSv1, kVersions.TLSv1];
    case 'TLSv1_1_method': return [kVersions['TLSv1.1'], kVersions['TLSv1.1']];
    case 'TLSv1_2_method': return [kVersions['TLSv1.2'], kVersions['TLSv1.2']];
    case 'SSLv2_method': throw new codes.ERR_TLS_INVALID_PROTOCOL_METHOD('SSLv2 methods disabled');
    case 'SSLv3_method': throw new codes.ERR_TLS_INVALID_PROTOCOL_METHOD('SSLv3 methods disabled');
    default: throw new codes.ERR_TLS_INVALID_PROTOCOL_METHOD(`Unknown method: ${method}`);
  }
}

// The native context (secureContext.context) with node's methods on it, for programs
// that add to a context after creating it (context.addCACert(...)). Only objects
// made by binding.ctxCreate() are accepted as `this`.
const nativeContexts = new WeakSet();
function native(self) {
  if (!nativeContexts.has(self)) throw new TypeError('Illegal invocation');
  return self;
}
const NativeContext = class SecureContext {
  setKey(key, passphrase) { binding.ctxSetKey(native(this), toPem(key, 'key'), passphrase === undefined ? undefined : String(passphrase)); }
  setCert(cert) { binding.ctxSetCert(native(this), toPem(cert, 'cert')); }
  addCACert(cert) { binding.ctxAddCA(native(this), toPem(cert, 'cert')); }
  addCRL(crl) { binding.ctxAddCRL(native(this), toPem(crl, 'crl')); }
  addRootCerts() { binding.ctxUseSystemCA(native(this), require('internal/tls_ca').extraCertsFile()); }
  setCiphers(ciphers) { binding.ctxSetCiphers(native(this), String(ciphers)); }
  setSigalgs(sigalgs) { binding.ctxSetSigalgs(native(this), String(sigalgs)); }
  setECDHCurve(curve) {
    if (!binding.ctxSetECDHCurve(native(this), String(curve))) {
      // node's is a plain Error with a code ("Error: Failed to set ECDH curve").
      const err = new Error('Failed to set ECDH curve');
      err.code = 'ERR_CRYPTO_OPERATION_FAILED';
      throw err;
    }
  }
  setDHParam(dh) { return binding.ctxSetDHParam(native(this), toPem(dh, 'dh')); }
  setOptions(options) { binding.ctxSetOptions(native(this), Number(options)); }
  setSessionIdContext(id) { binding.ctxSetSessionIdContext(native(this), String(id)); }
  setSessionTimeout(timeout) { binding.ctxSetSessionTimeout(native(this), timeout); }
  setAllowPartialTrustChain() { binding.ctxAllowPartialChain(native(this)); }
  loadPKCS12(pfx, passphrase) { binding.ctxLoadPKCS12(native(this), pfx, passphrase === undefined ? undefined : String(passphrase)); }
  setTicketKeys(keys) { binding.ctxSetTicketKeys(native(this), keys); }
  getTicketKeys() { return Buffer.from(binding.ctxGetTicketKeys(native(this))); }
  setClientCertEngine(id) { binding.ctxSetClientCertEngine(native(this), String(id)); }
  get _external() { native(this); return {}; }
};

class SecureContext {
  constructor(options = {}) {
    this.context = binding.ctxCreate();
    nativeContexts.add(this.context);
    Object.setPrototypeOf(this.context, NativeContext.prototype);
    const tls = require('tls');
    const { secureProtocol } = options;
    if (secureProtocol !== undefined && secureProtocol !== null) {
      if (options.minVersion !== undefined) {
        throw new codes.ERR_TLS_PROTOCOL_VERSION_CONFLICT(options.minVersion, secureProtocol);
      }
      if (options.maxVersion !== undefined) {
        throw new codes.ERR_TLS_PROTOCOL_VERSION_CONFLICT(options.maxVersion, secureProtocol);
      }
      const [min, max] = protocolRange(secureProtocol);
      binding.ctxSetProtoRange(this.context, min, max);
      return;
    }
    const min = versionNumber(options.minVersion, 'minimum') ?? kVersions[tls.DEFAULT_MIN_VERSION];
    const max = versionNumber(options.maxVersion, 'maximum') ?? kVersions[tls.DEFAULT_MAX_VERSION];
    binding.ctxSetProtoRange(this.context, min, max);
  }
}

function asList(value) {
  return Array.isArray(value) ? value : [value];
}

function validateEngine(value, name) {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'null', 'undefined'], value);
  }
}

function createSecureContext(options = {}) {
  const { clientCertEngine, privateKeyEngine, privateKeyIdentifier } = options;
  validateEngine(clientCertEngine, 'options.clientCertEngine');
  validateEngine(privateKeyEngine, 'options.privateKeyEngine');
  validateEngine(privateKeyIdentifier, 'options.privateKeyIdentifier');
  const sc = new SecureContext(options);
  const ctx = sc.context;
  const { ca, cert, key, pfx, passphrase, ciphers, sessionTimeout } = options;
  if (passphrase !== undefined && passphrase !== null) validateString(passphrase, 'options.passphrase');
  // '' and null mean the defaults, as in node; a list of nothing but ':' is refused.
  // First: its @SECLEVEL decides which keys and DH parameters are accepted below.
  const list = ciphers === undefined || ciphers === null || ciphers === '' ? require('tls').DEFAULT_CIPHERS : ciphers;
  validateString(list, 'options.ciphers');
  const parts = list.split(':');
  if (parts.every((p) => p === '')) throw new codes.ERR_INVALID_ARG_VALUE('options.ciphers', parts);
  binding.ctxSetCiphers(ctx, list);
  // As in node, a falsy ca/cert/key/pfx means "not given"; inside a list every entry counts.
  if (ca) {
    for (const c of asList(ca)) binding.ctxAddCA(ctx, toPem(c, 'options.ca'));
  } else {
    binding.ctxUseSystemCA(ctx, require('internal/tls_ca').extraCertsFile());
  }
  if (cert) {
    for (const c of asList(cert)) binding.ctxSetCert(ctx, toPem(c, 'options.cert'));
  }
  if (key) {
    for (const k of asList(key)) {
      // The { pem, passphrase } form is only taken inside a list.
      const pem = Array.isArray(key) && k !== null && typeof k === 'object' && !ArrayBuffer.isView(k) ? k.pem : k;
      const pass = k?.passphrase ?? passphrase;
      binding.ctxSetKey(ctx, toPem(pem, 'options.key'), pass === undefined ? undefined : String(pass));
    }
  }
  if (pfx) {
    for (const p of asList(pfx)) {
      const buf = p !== null && typeof p === 'object' && !ArrayBuffer.isView(p) ? p.buf : p;
      const pass = p?.passphrase ?? passphrase;
      binding.ctxLoadPKCS12(ctx, toPem(buf, 'options.pfx'), pass === undefined ? undefined : String(pass));
    }
  }
  if (options.ticketKeys !== undefined && options.ticketKeys !== null) {
    const keys = options.ticketKeys;
    if (!ArrayBuffer.isView(keys)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], keys);
    }
    if (keys.byteLength !== 48) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.ticketKeys', keys.byteLength, 'must be exactly 48 bytes');
    }
    binding.ctxSetTicketKeys(ctx, keys);
  }
  if (options.allowPartialTrustChain) binding.ctxAllowPartialChain(ctx);
  if (options.honorCipherOrder) binding.ctxHonorCipherOrder(ctx);
  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, 'options.sessionTimeout', 0);
    binding.ctxSetSessionTimeout(ctx, sessionTimeout);
  }
  const { ecdhCurve = require('tls').DEFAULT_ECDH_CURVE, sigalgs, crl, dhparam, secureOptions } = options;
  validateString(ecdhCurve, 'options.ecdhCurve');
  if (ecdhCurve !== 'auto') sc.context.setECDHCurve(ecdhCurve);
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new codes.ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
    binding.ctxSetSigalgs(ctx, sigalgs);
  }
  if (crl) {
    for (const c of asList(crl)) binding.ctxAddCRL(ctx, toPem(c, 'options.crl'));
  }
  if (dhparam !== undefined && dhparam !== null) {
    const bits = binding.ctxSetDHParam(ctx, toPem(dhparam, 'options.dhparam'));
    if (bits > 0 && bits < 2048) {
      process.emitWarning('DH parameter is less than 2048 bits', 'SecurityWarning');
    }
  }
  if (secureOptions !== undefined && secureOptions !== null) {
    validateNumber(secureOptions, 'secureOptions');
    binding.ctxSetOptions(ctx, secureOptions);
  }
  if (clientCertEngine !== undefined && clientCertEngine !== null) {
    binding.ctxSetClientCertEngine(ctx, clientCertEngine);
  }
  return sc;
}

// The legacy certificate object's infoAccess, from OpenSSL's text ("KEY:value" lines,
// a value in JSON quotes when it holds unsafe characters) to { KEY: [values] } with
// no prototype; issuer certificates up the chain alike.
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  if (c.infoAccess != null) {
    const text = c.infoAccess;
    const info = { __proto__: null };
    String(text).replace(/([^\n:]*):([^\n]*)(?:\n|$)/g, (all, key, value) => {
      if (value.charCodeAt(0) === 0x22) value = JSON.parse(value);
      if (key in info) info[key].push(value);
      else info[key] = [value];
      return '';
    });
    c.infoAccess = info;
  }
  return c;
}

// Whether sc is a secure context eddy made (its .context a native one): what the
// binding is handed, and so what tls checks before a connection uses it.
function isSecureContext(sc) {
  return sc !== null && typeof sc === 'object' && nativeContexts.has(sc.context);
}

module.exports = { SecureContext, createSecureContext, isSecureContext, translatePeerCertificate };
