'use strict';
// X509Certificate over a C handle (internalBinding('crypto').x509*), and the
// legacy certificate object tls's getPeerCertificate() returns.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString, validateObject, validateBoolean } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

const kHandle = Symbol('kHandle');
const kInfo = Symbol('kInfo');

function info(cert) {
  cert[kInfo] ??= binding.x509Info(cert[kHandle]);
  return cert[kInfo];
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function parseDate(text) {
  return new Date(text.replace(/\s+/g, ' '));
}

function checkFlags(options) {
  if (options === undefined) return 0;
  validateObject(options, 'options');
  let flags = 0;
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
          singleLabelSubdomains = false } = options;
  if (subject === 'always') flags |= 0x1;
  if (subject === 'never') flags |= 0x20;
  validateBoolean(wildcards, 'options.wildcards');
  if (!wildcards) flags |= 0x2;
  if (!partialWildcards) flags |= 0x4;
  if (multiLabelWildcards) flags |= 0x8;
  if (singleLabelSubdomains) flags |= 0x10;
  return flags;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kHandle] = binding.x509Parse(buffer);
  }

  get subject() { return info(this).subject || undefined; }
  get issuer() { return info(this).issuer || undefined; }
  get subjectAltName() { return info(this).subjectAltName; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get validFromDate() { return parseDate(info(this).validFrom); }
  get validToDate() { return parseDate(info(this).validTo); }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() { return info(this).keyUsage; }
  get serialNumber() { return info(this).serialNumber; }
  get signatureAlgorithm() { return info(this).signatureAlgorithm; }
  get signatureAlgorithmOid() { return info(this).signatureAlgorithmOid; }
  get ca() { return info(this).ca; }
  get raw() { return toBuffer(info(this).raw); }
  // Set for peer certificates of a TLS connection: the next one up the chain.
  get issuerCertificate() {
    if (this?.[kHandle] === undefined) throw new TypeError('Illegal invocation');
    return this[kIssuer];
  }

  get publicKey() {
    const { newPublicKey } = require('internal/crypto/keys');
    return newPublicKey(binding.x509PublicKey(this[kHandle]));
  }

  checkHost(name, options) {
    validateString(name, 'name');
    return binding.x509Check(this[kHandle], 0, name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509Check(this[kHandle], 1, email, checkFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    return binding.x509Check(this[kHandle], 2, ip, 0);
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509CheckIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    const { isKeyObject, kHandle: kKey } = require('internal/crypto/keys');
    if (!isKeyObject(pkey) || pkey.type !== 'private') {
      throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    }
    return binding.keyEquals(binding.x509PublicKey(this[kHandle]), pkey[kKey]);
  }

  verify(pkey) {
    const { isKeyObject, kHandle: kKey } = require('internal/crypto/keys');
    if (!isKeyObject(pkey) || pkey.type !== 'public') {
      throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    }
    return binding.x509Verify(this[kHandle], pkey[kKey]);
  }

  toString() { return binding.x509Pem(this[kHandle]); }
  toJSON() { return this.toString(); }
  // (infoAccess parsed into lists, as getPeerCertificate() gives it.)
  toLegacyObject() { return require('_tls_common').translatePeerCertificate(legacyObject(this[kHandle])); }

  [customInspectSymbol](depth, options, inspect) {
    const o = {
      subject: this.subject, subjectAltName: this.subjectAltName, issuer: this.issuer,
      infoAccess: this.infoAccess, validFrom: this.validFrom, validTo: this.validTo,
      validFromDate: this.validFromDate, validToDate: this.validToDate, fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256, fingerprint512: this.fingerprint512, keyUsage: this.keyUsage,
      serialNumber: this.serialNumber, signatureAlgorithm: this.signatureAlgorithm,
      signatureAlgorithmOid: this.signatureAlgorithmOid,
    };
    return `X509Certificate ${inspect(o, options)}`;
  }
}

function nameObject(entries) {
  const o = Object.create(null);
  for (const [k, v] of entries) {
    if (o[k] === undefined) o[k] = v;
    else if (Array.isArray(o[k])) o[k].push(v);
    else o[k] = [o[k], v];
  }
  return o;
}

// node's legacy certificate object (tls getPeerCertificate, toLegacyObject).
const kIssuer = Symbol('kIssuer');

function legacyObject(handle) {
  const i = binding.x509Info(handle);
  const key = binding.x509PublicKey(handle);
  const d = binding.keyDetails(key);
  const o = {
    subject: nameObject(i.subjectEntries),
    issuer: nameObject(i.issuerEntries),
    subjectaltname: i.subjectAltName,
    infoAccess: i.infoAccess,
    ca: i.ca,
  };
  if (d.type === 'rsa' || d.type === 'rsa-pss') {
    const jwk = binding.keyJwk(key, true);
    o.modulus = Buffer.from(jwk.n).toString('hex').toUpperCase();
    o.exponent = '0x' + BigInt('0x' + Buffer.from(jwk.e).toString('hex')).toString(16);
    o.pubkey = Buffer.from(binding.keyExport(key, true, 'der', 'spki'));
    o.bits = d.modulusLength;
  } else if (d.type === 'ec') {
    o.pubkey = Buffer.from(binding.keyRaw(key, true));
    o.bits = binding.keyJwk(key, true).x.length * 8;
    o.asn1Curve = d.namedCurve;
    o.nistCurve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[d.namedCurve];
  }
  o.valid_from = i.validFrom;
  o.valid_to = i.validTo;
  o.fingerprint = i.fingerprint;
  o.fingerprint256 = i.fingerprint256;
  o.fingerprint512 = i.fingerprint512;
  o.ext_key_usage = i.keyUsage;
  o.serialNumber = i.serialNumber;
  o.raw = toBuffer(i.raw);
  if (d.type === 'rsa' || d.type === 'rsa-pss') {
    o.asn1Curve = undefined;
    o.nistCurve = undefined;
  }
  return o;
}

// An X509Certificate around a handle made in C (tls peer certificates).
function fromHandle(handle, issuer) {
  const cert = Object.create(X509Certificate.prototype);
  cert[kHandle] = handle;
  if (issuer !== undefined) cert[kIssuer] = issuer;
  return cert;
}

// Certificates are copied to other threads and by structuredClone() as DER.
{
  const { kClone, kDeserialize } = require('internal/worker/js_transferable');
  Object.defineProperties(X509Certificate.prototype, {
    [kClone]: {
      value: function clone() {
        return { data: { der: new Uint8Array(this.raw) }, deserializeInfo: 'internal/crypto/x509:X509Certificate' };
      },
      writable: true,
      configurable: true,
    },
    [kDeserialize]: {
      value: ({ der }) => new X509Certificate(Buffer.from(der.buffer, der.byteOffset, der.byteLength)),
      writable: true,
      configurable: true,
    },
  });
}

module.exports = { X509Certificate, legacyObject, fromHandle };
