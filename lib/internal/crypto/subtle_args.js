'use strict';
// WebIDL conversion of SubtleCrypto's arguments, before any algorithm is looked at:
// the count, KeyFormat and KeyUsage enums, BufferSource and CryptoKey arguments,
// with the messages node (after Chromium) gives.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');

const kFormats = ['raw', 'raw-public', 'raw-secret', 'raw-private', 'raw-seed', 'spki', 'pkcs8', 'jwk'];
const kUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey',
  'encapsulateKey', 'encapsulateBits', 'decapsulateKey', 'decapsulateBits'];

// Per operation: how many arguments are required, then what each one is.
const kSpecs = {
  encrypt: [3, 'algorithm', 'key', 'buffer'],
  decrypt: [3, 'algorithm', 'key', 'buffer'],
  sign: [3, 'algorithm', 'key', 'buffer'],
  verify: [4, 'algorithm', 'key', 'buffer', 'buffer'],
  digest: [2, 'algorithm', 'buffer'],
  generateKey: [3, 'algorithm', 'boolean', 'usages'],
  deriveKey: [5, 'algorithm', 'key', 'algorithm', 'boolean', 'usages'],
  deriveBits: [2, 'algorithm', 'key'],
  importKey: [4, 'format', 'keyData', 'algorithm', 'boolean', 'usages'],
  exportKey: [2, 'format', 'key'],
  wrapKey: [4, 'format', 'key', 'key', 'algorithm'],
  unwrapKey: [7, 'format', 'buffer', 'key', 'algorithm', 'algorithm', 'boolean', 'usages'],
  getPublicKey: [2, 'key', 'usages'],
};

const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

function typeError(prefix, what, Code = ERR_INVALID_ARG_TYPE) {
  const err = new Code('key', 'CryptoKey', undefined);
  err.message = `${prefix}: ${what}`;
  return err;
}

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || isAnyArrayBuffer(v);
}

// Throws node's TypeError for the first argument that does not convert.
function checkArgs(op, args) {
  const spec = kSpecs[op];
  if (spec === undefined) return;
  const prefix = `Failed to execute '${op}' on 'SubtleCrypto'`;
  if (args.length < spec[0]) {
    const err = new ERR_MISSING_ARGS('x');
    err.message = `${prefix}: ${spec[0]} arguments required, but only ${args.length} present.`;
    throw err;
  }
  for (let i = 1; i < spec.length; i++) {
    const v = args[i - 1];
    const nth = `${kOrdinals[i - 1]} argument`;
    switch (spec[i]) {
      case 'format':
        if (!kFormats.includes(`${v}`)) {
          const err = new ERR_INVALID_ARG_VALUE('format', v);
          err.message = `${prefix}: ${nth} value '${v}' is not a valid enum value of type KeyFormat.`;
          throw err;
        }
        break;
      case 'buffer':
        if (!isBufferSource(v)) {
          throw typeError(prefix, `${nth} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
        }
        break;
      case 'keyData':
        if (args[0] === 'jwk') {
          if (v !== undefined && v !== null && typeof v !== 'object' && typeof v !== 'function') {
            throw typeError(prefix, `${nth} can not be converted to a dictionary`);
          }
        } else if (!isBufferSource(v)) {
          throw typeError(prefix, `${nth} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
        }
        break;
      case 'key': {
        const { isCryptoKey } = require('internal/crypto/webcrypto');
        if (!isCryptoKey(v)) throw typeError(prefix, `${nth} is not of type CryptoKey.`);
        break;
      }
      case 'usages': {
        if (v === null || typeof v !== 'object' || typeof v[Symbol.iterator] !== 'function') {
          throw typeError(prefix, `${nth} can not be converted to sequence.`);
        }
        let j = 0;
        for (const u of v) {
          if (!kUsages.includes(`${u}`)) {
            const err = new ERR_INVALID_ARG_VALUE('usages', u);
            err.message = `${prefix}: ${nth}[${j}] value '${u}' is not a valid enum value of type KeyUsage.`;
            throw err;
          }
          j++;
        }
        break;
      }
      default:
        break;
    }
  }
}

module.exports = { checkArgs };
