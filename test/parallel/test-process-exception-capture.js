'use strict';
// setUncaughtExceptionCaptureCallback takes over uncaught errors from the
// 'uncaughtException' event, once at a time.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
process.on('uncaughtException', common.mustNotCall());
process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
  assert.strictEqual(err.message, 'captured');
  process.setUncaughtExceptionCaptureCallback(null);
  assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
}));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  message: '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
});
assert.throws(() => process.setUncaughtExceptionCaptureCallback(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function or null. Received type number (1)',
});
setTimeout(() => { throw new Error('captured'); }, 1);
