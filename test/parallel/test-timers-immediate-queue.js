'use strict';
// Immediates queued while immediates run wait for the next loop turn; a timer due
// meanwhile runs between the two batches.
const common = require('../common');
const assert = require('assert');

const log = [];
setImmediate(() => {
  log.push('a');
  setImmediate(() => log.push('c'));
});
setImmediate(() => log.push('b'));
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, ['a', 'b', 'c']);
}), 20);
