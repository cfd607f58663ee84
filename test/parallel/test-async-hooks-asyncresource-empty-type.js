'use strict';
// With a hook enabled, an AsyncResource needs a non-empty type.
require('../common');
const assert = require('assert');
const { AsyncResource, createHook } = require('async_hooks');

new AsyncResource('');
const hook = createHook({ init() {} }).enable();
assert.throws(() => new AsyncResource(''), {
  code: 'ERR_ASYNC_TYPE',
  name: 'TypeError',
  message: 'Invalid name for async "type": ',
});
hook.disable();
