'use strict';
// node:sqlite's errors. Node throws these from C++ with messages of their own (not
// the ERR_* registry's templates: 'The "options.readOnly" argument must be a
// boolean.'), as plain Error/TypeError/RangeError objects carrying `code`.

function coded(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

const argType = (message) => coded(TypeError, 'ERR_INVALID_ARG_TYPE', message);
const argValue = (message) => coded(TypeError, 'ERR_INVALID_ARG_VALUE', message);
const invalidState = (message) => coded(Error, 'ERR_INVALID_STATE', message);
const outOfRange = (message) => coded(RangeError, 'ERR_OUT_OF_RANGE', message);

function validateBool(value, name) {
  if (typeof value !== 'boolean') throw argType(`The "${name}" argument must be a boolean.`);
}

function validateFn(value, name) {
  if (typeof value !== 'function') throw argType(`The "${name}" argument must be a function.`);
}

function validateObj(value, name) {
  if (typeof value !== 'object' || value === null) {
    throw argType(`The "${name}" argument must be an object.`);
  }
}

function validateStr(value, name) {
  if (typeof value !== 'string') throw argType(`The "${name}" argument must be a string.`);
}

module.exports = {
  argType,
  argValue,
  coded,
  invalidState,
  outOfRange,
  validateBool,
  validateFn,
  validateObj,
  validateStr,
};
