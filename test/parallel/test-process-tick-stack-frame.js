'use strict';
// A stack taken in a nextTick callback ends at the tick loop as V8 names it, and
// callbackify's error for a falsy rejection starts there too.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');

process.nextTick(() => {
  const frames = new Error('x').stack.split('\n');
  assert.match(frames[2], /^ {4}at process\.processTicksAndRejections \(node:internal\/process\/task_queues:\d+:\d+\)$/);
});

util.callbackify(() => Promise.reject(null))(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.match(err.stack.split('\n')[1], /^ {4}at process\.processTicksAndRejections /);
}));
