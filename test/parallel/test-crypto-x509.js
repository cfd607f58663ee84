'use strict';
// X509Certificate: fields, dates, fingerprints, host/IP checks, issuer checks,
// public key, legacy object, and the error for a malformed certificate.
require('../common');
const assert = require('assert');
const { X509Certificate, createPrivateKey } = require('crypto');
const keys = require('../fixtures/keys/keys');

const ca = new X509Certificate(keys.caCert);
const leaf = new X509Certificate(Buffer.from(keys.agent1Cert));
assert.strictEqual(leaf.subject, 'C=US\nO=Eddy\nCN=localhost');
assert.strictEqual(leaf.issuer, 'C=US\nO=Eddy\nCN=Eddy Test CA');
assert.strictEqual(leaf.subjectAltName, 'DNS:localhost, IP Address:127.0.0.1');
assert.strictEqual(leaf.infoAccess, undefined);
assert.strictEqual(leaf.ca, false);
assert.strictEqual(ca.ca, true);
assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
assert.match(leaf.validFrom, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
assert.ok(leaf.validFromDate instanceof Date);
assert.ok(leaf.validToDate > leaf.validFromDate);
assert.match(leaf.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
assert.match(leaf.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
assert.match(leaf.serialNumber, /^[0-9A-F]+$/);
assert.strictEqual(leaf.signatureAlgorithm, 'sha256WithRSAEncryption');
assert.strictEqual(leaf.signatureAlgorithmOid, '1.2.840.113549.1.1.11');
assert.strictEqual(leaf.raw[0], 0x30);
assert.strictEqual(new X509Certificate(leaf.raw).fingerprint256, leaf.fingerprint256);
assert.strictEqual(leaf.toString(), keys.agent1Cert);
assert.strictEqual(leaf.toJSON(), leaf.toString());

assert.strictEqual(leaf.checkHost('localhost'), 'localhost');
assert.strictEqual(leaf.checkHost('example.com'), undefined);
assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(leaf.checkIP('10.0.0.1'), undefined);
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
assert.strictEqual(leaf.publicKey.asymmetricKeyType, 'rsa');
assert.strictEqual(leaf.checkPrivateKey(createPrivateKey(keys.agent1Key)), true);
assert.strictEqual(leaf.checkPrivateKey(createPrivateKey(keys.agent2Key)), false);

const legacy = leaf.toLegacyObject();
assert.deepStrictEqual(Object.keys(legacy), [
  'subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'modulus', 'exponent', 'pubkey', 'bits',
  'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage',
  'serialNumber', 'raw', 'asn1Curve', 'nistCurve',
]);
assert.strictEqual(Object.getPrototypeOf(legacy.subject), null);
assert.deepStrictEqual({ ...legacy.subject }, { C: 'US', O: 'Eddy', CN: 'localhost' });
assert.strictEqual(legacy.exponent, '0x10001');
assert.strictEqual(legacy.bits, 2048);
const ec = new X509Certificate(keys.ecCert).toLegacyObject();
assert.strictEqual(ec.asn1Curve, 'prime256v1');
assert.strictEqual(ec.nistCurve, 'P-256');
assert.strictEqual(ec.bits, 256);

assert.throws(() => new X509Certificate('garbage'), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
});
assert.throws(() => new X509Certificate(1), { code: 'ERR_INVALID_ARG_TYPE' });
