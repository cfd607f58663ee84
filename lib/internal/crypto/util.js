'use strict';
// Validation helpers shared by the crypto modules.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const validators = require('internal/validators');

function validateEncoding(encoding, name) {
  validators.validateString(encoding, name);
  if (!Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(name, encoding, 'must be a valid encoding');
  }
}

module.exports = { ...validators, validateEncoding };
