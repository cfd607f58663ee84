'use strict';
// Validation helpers shared by the crypto modules.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const validators = require('internal/validators');

function validateEncoding(encoding, name) {
  validators.validateString(encoding, name);
  if (!Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(name, encoding);
  }
}

// A thread-pool callback runs in the async context (AsyncLocalStorage, domain) that
// was current when the operation started: C calls it with no resource to restore
// the context from, so the callback carries it.
function bindAsyncContext(callback) {
  return require('internal/async_hooks').bindFrame(callback);
}

// An error node throws from C++: a plain Error (or TypeError, RangeError) with a
// code property, whose toString has no [code] and whose message is node's own.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

module.exports = { ...validators, validateEncoding, bindAsyncContext, nativeError };
