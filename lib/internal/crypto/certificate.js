'use strict';
// Certificate: node's SPKAC helpers (verifySpkac, exportChallenge, exportPublicKey),
// callable as statics or on an instance, with or without `new`.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { nativeError } = require('internal/crypto/util');

function spkacBytes(spkac, encoding) {
  let bytes;
  if (typeof spkac === 'string') bytes = Buffer.from(spkac, encoding);
  else if (ArrayBuffer.isView(spkac)) bytes = new Uint8Array(spkac.buffer, spkac.byteOffset, spkac.byteLength);
  else if (isAnyArrayBuffer(spkac)) bytes = new Uint8Array(spkac);
  else throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
  if (bytes.byteLength > 2 ** 31 - 1) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'spkac is too large');
  return bytes;
}

// An SPKAC that does not parse gives '' (node's result), not an empty Buffer.
function toBuffer(bytes) {
  if (!bytes || bytes.byteLength === 0) return '';
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
