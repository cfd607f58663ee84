'use strict';
// buf.toString() with no arguments fails as toString('utf8') does for a Buffer past
// the longest string node makes (V8's limit, buffer.constants.MAX_STRING_LENGTH):
// ERR_STRING_TOO_LONG, before any string is made. (eddy's engine allows longer
// strings, and the no-argument form skipped the check.)
require('../common');
const assert = require('assert');
const { constants } = require('buffer');

const buf = Buffer.allocUnsafeSlow(constants.MAX_STRING_LENGTH + 1);
const tooLong = {
  code: 'ERR_STRING_TOO_LONG',
  message: `Cannot create a string longer than 0x${constants.MAX_STRING_LENGTH.toString(16)} characters`,
};
assert.throws(() => buf.toString(), tooLong);
assert.throws(() => buf.toString('utf8'), tooLong);
assert.throws(() => buf.toString('latin1'), tooLong);
