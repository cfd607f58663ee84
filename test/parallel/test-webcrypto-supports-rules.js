'use strict';
// SubtleCrypto.supports answers from the algorithm and its parameters, without
// running the operation.
const common = require('../common');
const assert = require('assert');

process.removeAllListeners('warning'); // supports is experimental in node 24

(async () => {
  const x = await crypto.subtle.generateKey('X25519', false, ['deriveBits']);
  const cases = [
    [true, 'digest', 'SHA-256'],
    [false, 'digest', 'Ed25519'],
    [false, 'digest', { name: 'cSHAKE128', length: 127 }],
    [true, 'encrypt', { name: 'AES-CBC', iv: Buffer.alloc(16) }],
    [false, 'encrypt', { name: 'AES-CBC', iv: Buffer.alloc(8) }],
    [false, 'encrypt', 'AES-GCM'],
    [true, 'encrypt', 'RSA-OAEP'],
    [false, 'encrypt', { name: 'RSA-OAEP', label: null }],
    [false, 'sign', 'RSA-PSS'],
    [true, 'sign', { name: 'RSA-PSS', saltLength: 32 }],
    [false, 'sign', { name: 'ECDSA', hash: 'Ed25519' }],
    [true, 'generateKey', { name: 'HMAC', hash: 'SHA-256' }],
    [false, 'generateKey', { name: 'HMAC', hash: 'SHA-256', length: 25 }],
    [false, 'generateKey', 'HKDF'],
    [true, 'importKey', 'HKDF'],
    [false, 'exportKey', 'PBKDF2'],
    [true, 'deriveBits', { name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) }, 8],
    [false, 'deriveBits', { name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) }, null],
    [true, 'deriveBits', { name: 'X25519', public: x.publicKey }],
    [false, 'deriveBits', { name: 'X25519', public: x.privateKey }],
    [true, 'deriveKey', { name: 'X25519', public: x.publicKey }, 'HKDF'],
    [false, 'deriveKey', { name: 'X25519', public: x.publicKey }, 'AES-CBC'],
    [false, 'wrapKey', 'AES-KW'],
    [true, 'wrapKey', 'AES-KW', 'HMAC'],
    [false, 'unsupported operation', 'Ed25519'],
  ];
  for (const [expected, op, ...args] of cases) {
    assert.strictEqual(SubtleCrypto.supports(op, ...args), expected, `${op} ${JSON.stringify(args)}`);
  }
})().then(common.mustCall());
