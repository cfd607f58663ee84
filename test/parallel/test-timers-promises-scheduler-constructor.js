'use strict';
// timers/promises' scheduler cannot be constructed by programs.
require('../common');
const assert = require('assert');
const { scheduler } = require('timers/promises');

assert.throws(() => new scheduler.constructor(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
