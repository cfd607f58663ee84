'use strict';
// A handler attached by a nextTick queued in the same turn still counts as handling
// a rejection; one attached later emits 'rejectionHandled'.
const common = require('../common');
const assert = require('assert');

Promise.resolve().then(() => {
  let p;
  process.nextTick(() => p.catch(common.mustCall()));
  p = Promise.reject(new Error('handled in a tick'));
});

const late = Promise.reject(new Error('late'));
process.on('unhandledRejection', common.mustCall((reason, promise) => {
  assert.strictEqual(reason.message, 'late');
  assert.strictEqual(promise, late);
  setTimeout(() => promise.catch(common.mustCall()), 1);
}));
process.on('rejectionHandled', common.mustCall((promise) => {
  assert.strictEqual(promise, late);
}));
