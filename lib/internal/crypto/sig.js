'use strict';
// Signatures: the sign/verify one-shots (which also serve Ed25519), and the helpers
// the Sign/Verify streams of internal/crypto/sig_stream share with them. The streams
// live apart so that a one-shot signature does not load node:stream.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateString, validateFunction } = require('internal/validators');
const { prepareAsymmetricKey } = require('internal/crypto/keys');

function keyOptions(key) {
  const opts = { padding: undefined, saltLength: undefined, dsaEncoding: 0 };
  if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key)) {
    // node accepts any int32 here and names anything else invalid.
    for (const name of ['padding', 'saltLength']) {
      const v = key[name];
      if (v === undefined) continue;
      if (v !== (v | 0)) throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}`, v);
      opts[name] = v;
    }
    const enc = key.dsaEncoding;
    if (enc !== undefined) {
      if (enc !== 'der' && enc !== 'ieee-p1363') throw new codes.ERR_INVALID_ARG_VALUE('options.dsaEncoding', enc);
      opts.dsaEncoding = enc === 'ieee-p1363' ? 1 : 0;
    }
  }
  return opts;
}

// Ed25519/Ed448 sign whole messages: only the one-shot functions take them.
function refuseEdwards(handle) {
  const { type } = binding.keyDetails(handle);
  if (type === 'ed25519' || type === 'ed448') {
    throw new codes.ERR_CRYPTO_UNSUPPORTED_OPERATION();
  }
}

function toData(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return data;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// An Ed448 context needs OpenSSL 3.2 (EVP_PKEY_CTX's "context-string"); on the 3.0
// eddy links node refuses a non-empty one as below.
function checkContext(key, handle) {
  const context = key !== null && typeof key === 'object' ? key.context : undefined;
  if (context === undefined || context === null) return;
  if (!ArrayBuffer.isView(context)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.context', ['Buffer', 'TypedArray', 'DataView'], context);
  }
  if (context.byteLength === 0 || binding.keyDetails(handle).type !== 'ed448') return;
  if (context.byteLength > 255) {
    const err = new codes.ERR_OUT_OF_RANGE('context', '<= 255', context.byteLength);
    err.message = 'context string must be at most 255 bytes';
    throw err;
  }
  throw new Error('Context parameter is unsupported');
}

function signOneShot(algorithm, data, key, callback) {
  if (algorithm !== undefined && algorithm !== null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = toData(data, undefined);
  if (!key) throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const o = keyOptions(key); // node reads the options before the key
  const handle = prepareAsymmetricKey(key, 'private');
  checkContext(key, handle);
  const run = () => {
    const sig = binding.sign(handle, algorithm ?? undefined, data, o.padding, o.saltLength, o.dsaEncoding);
    if (sig === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(algorithm);
    return Object.setPrototypeOf(sig, Buffer.prototype); // fresh from C: no copy, no new view
  };
  if (callback === undefined) return run();
  let result;
  let error = null;
  try { result = run(); } catch (err) { error = err; }
  process.nextTick(callback, error, result);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm !== undefined && algorithm !== null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = toData(data, undefined);
  const keyShapeOk = typeof key === 'string' || (key !== null && typeof key === 'object');
  if (keyShapeOk && !ArrayBuffer.isView(signature)) {
    throw new codes.ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  // node reads the options before the key (a null key fails there, in V8's words).
  if (key === null) throw new TypeError("Cannot read properties of null (reading 'padding')");
  const o = keyOptions(key);
  const handle = prepareAsymmetricKey(key, 'public');
  if (!ArrayBuffer.isView(signature)) {
    throw new codes.ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  checkContext(key, handle);
  const run = () => {
    const r = binding.verify(handle, algorithm ?? undefined, data, signature, o.padding, o.saltLength, o.dsaEncoding);
    if (r === null) throw new codes.ERR_CRYPTO_INVALID_DIGEST(algorithm);
    return r;
  };
  if (callback === undefined) return run();
  let result;
  let error = null;
  try { result = run(); } catch (err) { error = err; }
  process.nextTick(callback, error, result);
}

module.exports = { signOneShot, verifyOneShot, keyOptions, refuseEdwards, toData };
