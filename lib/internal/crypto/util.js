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

// A thread-pool callback runs in the async context (AsyncLocalStorage, domain) that
// was current when the operation started: C calls it with no resource to restore
// the context from, so the callback carries it.
function bindAsyncContext(callback) {
  return require('internal/async_hooks').bindFrame(callback);
}

module.exports = { ...validators, validateEncoding, bindAsyncContext };
