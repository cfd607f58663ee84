'use strict';
// process.exit and process.exitCode accept integers (or integer strings) only.
require('../common');
const assert = require('assert');

for (const bad of ['x', 1.5, {}, true]) {
  assert.throws(() => { process.exitCode = bad; }, { code: /ERR_INVALID_ARG_TYPE|ERR_OUT_OF_RANGE/ });
}
assert.throws(() => { process.exitCode = 'x'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => process.exit(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.strictEqual(process.exitCode, undefined);
process.exitCode = null;
process.exitCode = undefined;
process.exitCode = '0';
process.exitCode = 0;
