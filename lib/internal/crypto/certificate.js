'use strict';
// Certificate: node's SPKAC helpers (verifySpkac, exportChallenge, exportPublicKey),
// callable as statics or on an instance, with or without `new`.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function spkacBytes(spkac, encoding) {
  if (typeof spkac === 'string') return Buffer.from(spkac, encoding);
  if (ArrayBuffer.isView(spkac)) return spkac;
  if (isAnyArrayBuffer(spkac)) return new Uint8Array(spkac);
  throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function verifySpkac(spkac, encoding) {
  return binding.spkacVerify(spkacBytes(spkac, encoding));
}

function exportChallenge(spkac, encoding) {
  return toBuffer(binding.spkacChallenge(spkacBytes(spkac, encoding)));
}

function exportPublicKey(spkac, encoding) {
  return toBuffer(binding.spkacPublicKey(spkacBytes(spkac, encoding)));
}

function Certificate() {
  if (!new.target) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;

module.exports = { Certificate };
