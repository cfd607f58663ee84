'use strict';
// checkPrime/generatePrime and their Sync forms on OpenSSL's BN primitives.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateInt32, validateObject, validateBoolean } = require('internal/validators');

function toBytes(candidate, name) {
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', candidate);
    let hex = candidate.toString(16);
    if (hex.length % 2) hex = '0' + hex;
    return Buffer.from(hex, 'hex');
  }
  if (ArrayBuffer.isView(candidate)) return candidate;
  if (isAnyArrayBuffer(candidate)) return new Uint8Array(candidate);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
}

// Arguments are checked before any work, for the callback forms too.
function checkPrimeArgs(candidate, options) {
  const bytes = toBytes(candidate, 'candidate');
  validateObject(options, 'options');
  if (options.checks !== undefined) validateInt32(options.checks, 'options.checks', 0);
  return [bytes, options.checks ?? 0];
}

function checkPrimeSync(candidate, options = {}) {
  return binding.checkPrime(...checkPrimeArgs(candidate, options));
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const args = checkPrimeArgs(candidate, options);
  validateFunction(callback, 'callback');
  const result = binding.checkPrime(...args);
  process.nextTick(callback, null, result);
}

const bitLength = (bytes) => {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  return i === bytes.length ? 0 : (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
};

function generatePrimeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = options.add !== undefined ? toBytes(options.add, 'options.add') : undefined;
  const rem = options.rem !== undefined ? toBytes(options.rem, 'options.rem') : undefined;
  if (add !== undefined) {
    // node's own checks (an impossible request would make OpenSSL search forever).
    const { codes } = require('internal/errors');
    const outOfRange = (message) => {
      const err = new codes.ERR_OUT_OF_RANGE('x', 'x', 0);
      err.message = message;
      return err;
    };
    if (bitLength(add) > size) throw outOfRange('invalid options.add');
    const big = (b) => BigInt('0x' + (Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex') || '0'));
    if (rem !== undefined && big(rem) >= big(add)) {
      throw outOfRange('invalid options.rem');
    }
  }
  return { size, safe, bigint, add, rem };
}

function makePrime({ size, safe, bigint, add, rem }, options) {
  const out = binding.generatePrime(size, safe, add, rem);
  if (out === null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('options.add', 'compatible with size', options.add);
  }
  if (bigint) return BigInt('0x' + Buffer.from(out).toString('hex'));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
}

function generatePrimeSync(size, options = {}) {
  return makePrime(generatePrimeArgs(size, options), options);
}

function generatePrime(size, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const args = generatePrimeArgs(size, options);
  validateFunction(callback, 'callback');
  let result;
  let error = null;
  try { result = makePrime(args, options); } catch (err) { error = err; }
  process.nextTick(callback, error, result);
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
