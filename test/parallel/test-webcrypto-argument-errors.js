'use strict';
// SubtleCrypto's WebIDL checks (argument count, KeyFormat and KeyUsage enums,
// BufferSource and CryptoKey arguments) and node's usage messages.
const common = require('../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const kd = new Uint8Array(16);
const prefix = (op) => `Failed to execute '${op}' on 'SubtleCrypto'`;

(async () => {
  await assert.rejects(subtle.importKey('raw'), {
    code: 'ERR_MISSING_ARGS', message: `${prefix('importKey')}: 4 arguments required, but only 1 present.`,
  });
  await assert.rejects(subtle.importKey('KeyObject', kd, 'AES-CBC', false, ['encrypt']), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: `${prefix('importKey')}: 1st argument value 'KeyObject' is not a valid enum value of type KeyFormat.`,
  });
  await assert.rejects(subtle.importKey('raw', 1, 'AES-CBC', false, ['encrypt']), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `${prefix('importKey')}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
  });
  await assert.rejects(subtle.importKey('raw', kd, 'AES-CBC', false, 'encrypt'), {
    code: 'ERR_INVALID_ARG_TYPE', message: `${prefix('importKey')}: 5th argument can not be converted to sequence.`,
  });
  await assert.rejects(subtle.generateKey('Ed25519', false, ['foo']), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: `${prefix('generateKey')}: 3rd argument[0] value 'foo' is not a valid enum value of type KeyUsage.`,
  });
  await assert.rejects(subtle.exportKey('raw', {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: `${prefix('exportKey')}: 2nd argument is not of type CryptoKey.`,
  });

  // Usage messages name the key as node does.
  const usage = (what) => ({ name: 'SyntaxError', message: `Unsupported key usage for ${what} key` });
  await assert.rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']), usage('an HMAC'));
  await assert.rejects(subtle.importKey('raw', kd, { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']),
                       usage('HMAC'));
  await assert.rejects(subtle.generateKey('Ed25519', false, ['encrypt']), usage('an Ed25519'));
  await assert.rejects(subtle.importKey('raw', kd, 'AES-CBC', false, ['sign']), usage('an AES'));
  await assert.rejects(subtle.importKey('raw', kd, 'AES-CBC', false, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when importing a secret key.' });
  await assert.rejects(subtle.generateKey({ name: 'AES-CBC', length: 128 }, false, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.' });
  await assert.rejects(subtle.importKey('raw', kd, 'PBKDF2', true, ['deriveBits']),
                       { name: 'SyntaxError', message: 'PBKDF2 keys are not extractable' });

  // HMAC import lengths.
  const hmac = (length) => subtle.importKey('raw', kd, { name: 'HMAC', hash: 'SHA-256', length }, false, ['sign']);
  await assert.rejects(hmac(0), { name: 'DataError', message: 'HmacImportParams.length cannot be 0' });
  await assert.rejects(hmac(127), { name: 'NotSupportedError', message: 'Unsupported HmacImportParams.length' });
  await assert.rejects(hmac(120), { name: 'DataError', message: 'Invalid key length' });
  await assert.rejects(subtle.importKey('raw', kd, { name: 'HMAC' }, false, ['sign']), { code: 'ERR_MISSING_OPTION' });

  // AES parameter checks, and the message for a key without the usage.
  const cbc = await subtle.importKey('raw', kd, 'AES-CBC', false, ['decrypt']);
  await assert.rejects(subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, cbc, kd),
                       { name: 'OperationError', message: 'algorithm.iv must contain exactly 16 bytes' });
  await assert.rejects(subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, kd),
                       { name: 'InvalidAccessError', message: 'The requested operation is not valid for the provided key' });

  // SubtleCrypto.supports is a static method of SubtleCrypto only.
  assert.throws(() => SubtleCrypto.supports.call(undefined, 'digest', 'SHA-256'), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
