'use strict';
// crypto.argon2 / argon2Sync. Argon2 needs OpenSSL 3.2 and eddy links Debian's 3.0,
// so every call ends in ERR_CRYPTO_ARGON2_NOT_SUPPORTED, but only after its
// arguments are checked as node checks them (same order, same errors): a program
// with a wrong argument learns that first, on eddy as on node.

const { codes } = require('internal/errors');
const { validateFunction, validateInteger, validateObject, validateOneOf, validateString } =
  require('internal/validators');
const { Buffer } = require('buffer');
const { types: { isAnyArrayBuffer } } = require('internal/util/types');

const kBytes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
const kUint32Max = 2 ** 32 - 1;

function byteLengthOf(value, name) {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) return value.byteLength;
  throw new codes.ERR_INVALID_ARG_TYPE(name, kBytes, value);
}

function validateParameters(algorithm, parameters) {
  validateString(algorithm, 'algorithm');
  validateOneOf(algorithm, 'algorithm', ['argon2d', 'argon2i', 'argon2id']);
  validateObject(parameters, 'parameters');
  const { message, nonce, parallelism, tagLength, memory, passes, secret, associatedData } = parameters;
  byteLengthOf(message, 'parameters.message');
  const nonceLength = byteLengthOf(nonce, 'parameters.nonce');
  if (nonceLength < 8) {
    throw new codes.ERR_OUT_OF_RANGE('parameters.nonce.byteLength', `>= 8 && <= ${kUint32Max}`, nonceLength);
  }
  validateInteger(parallelism, 'parameters.parallelism', 1, 2 ** 24 - 1);
  validateInteger(tagLength, 'parameters.tagLength', 4, kUint32Max);
  validateInteger(memory, 'parameters.memory', 8 * parallelism, kUint32Max);
  validateInteger(passes, 'parameters.passes', 1, kUint32Max);
  if (secret !== undefined) byteLengthOf(secret, 'parameters.secret');
  if (associatedData !== undefined) byteLengthOf(associatedData, 'parameters.associatedData');
}

function argon2(algorithm, parameters, callback) {
  validateParameters(algorithm, parameters);
  validateFunction(callback, 'callback');
  throw new codes.ERR_CRYPTO_ARGON2_NOT_SUPPORTED();
}

function argon2Sync(algorithm, parameters) {
  validateParameters(algorithm, parameters);
  throw new codes.ERR_CRYPTO_ARGON2_NOT_SUPPORTED();
}

module.exports = { argon2, argon2Sync };
