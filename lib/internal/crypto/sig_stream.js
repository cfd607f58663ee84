'use strict';
// The Sign/Verify streams: the data is hashed as it comes, and the digest is signed
// (or checked) at the end with the key given then.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { Writable } = require('stream');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');
const { prepareAsymmetricKey } = require('internal/crypto/keys');
const { keyOptions, refuseEdwards, toData } = require('internal/crypto/sig');

const kHash = Symbol('kHash');
const kAlgorithm = Symbol('kAlgorithm');

// Sign and Verify start alike: a hash of what is written to them, for the key later.
function startHashing(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  const handle = binding.hashCreate(algorithm);
  if (handle === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST();
  self[kHash] = handle;
  self[kAlgorithm] = algorithm;
  Writable.call(self, options);
}

function Sign(algorithm, options) {
  if (!new.target) return new Sign(algorithm, options);
  startHashing(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  binding.digestUpdate(this[kHash], toData(data, encoding));
  return this;
};

Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (!privateKey) throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const o = keyOptions(privateKey); // node reads the options before the key
  const handle = prepareAsymmetricKey(privateKey, 'private');
  refuseEdwards(handle);
  const digest = binding.digestFinal(this[kHash]);
  const sig = binding.signDigest(handle, this[kAlgorithm], digest, o.padding, o.saltLength, o.dsaEncoding);
  const buf = Object.setPrototypeOf(sig, Buffer.prototype); // fresh from C: no ArrayBuffer of its own
  return outputEncoding && outputEncoding !== 'buffer' ? buf.toString(outputEncoding) : buf;
};

function Verify(algorithm, options) {
  if (!new.target) return new Verify(algorithm, options);
  startHashing(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  // As node: a key of a possible shape is read after the signature is checked.
  const keyShapeOk = typeof object === 'string' || (object !== null && typeof object === 'object');
  const sig = keyShapeOk ? toData(signature, sigEncoding, 'signature') : undefined;
  const o = keyOptions(object); // node reads the options before the key
  const handle = prepareAsymmetricKey(object, 'public');
  refuseEdwards(handle);
  const digest = binding.digestFinal(this[kHash]);
  return binding.verifyDigest(handle, this[kAlgorithm], digest, sig, o.padding, o.saltLength, o.dsaEncoding);
};

module.exports = { Sign, Verify };
