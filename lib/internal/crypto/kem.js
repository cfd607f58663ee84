'use strict';
// crypto.encapsulate / crypto.decapsulate: a shared secret and its ciphertext from a
// public key, and the secret back from the ciphertext with the private key. The key
// types the linked OpenSSL supports decide what works (RSA everywhere on 3.x).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { prepareAsymmetricKey, checkAsymmetricKeyShape } = require('internal/crypto/keys');

const asBuffer = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);

// Sync calls throw node's operation error; callbacks get the generic one node's
// job reports.
function finish(result, what, callback) {
  if (typeof result === 'number') {
    const err = callback ? new Error('Deriving bits failed') :
      new codes.ERR_CRYPTO_OPERATION_FAILED(`Failed to ${result === -1 ? 'initialize' : 'perform'} ${what}`);
    if (!callback) throw err;
    process.nextTick(callback, err);
    return;
  }
  if (!callback) return result;
  process.nextTick(callback, null, result);
}

// (The arguments are checked in node's order, all before the key is read.)
function encapsulate(key, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const handle = prepareAsymmetricKey(key, 'public');
  const r = binding.kemEncapsulate(handle);
  const result = typeof r === 'number' ? r :
    { sharedKey: asBuffer(r.sharedKey), ciphertext: asBuffer(r.ciphertext) };
  return finish(result, 'encapsulation', callback);
}

function decapsulate(key, ciphertext, callback) {
  checkAsymmetricKeyShape(key);
  if (typeof ciphertext === 'string') ciphertext = Buffer.from(ciphertext);
  else if (isAnyArrayBuffer(ciphertext)) ciphertext = new Uint8Array(ciphertext);
  else if (!ArrayBuffer.isView(ciphertext)) {
    throw new codes.ERR_INVALID_ARG_TYPE('ciphertext', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      ciphertext);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  const handle = prepareAsymmetricKey(key, 'private');
  const r = binding.kemDecapsulate(handle, ciphertext);
  return finish(typeof r === 'number' ? r : asBuffer(r), 'decapsulation', callback);
}

module.exports = { encapsulate, decapsulate };
