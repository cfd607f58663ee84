'use strict';
// Immediates queued while immediates run wait for the next loop turn: the ones
// already queued all run first, in order, each after the promise jobs of the one
// before; one cleared by an earlier one of the same pass does not run.
const common = require('../common');
const assert = require('assert');

const log = [];
setImmediate(() => {
  log.push('a');
  setImmediate(() => log.push('c'));
  Promise.resolve().then(() => log.push('a-job'));
  clearImmediate(cleared);
  log.push('a-end');
});
const cleared = setImmediate(common.mustNotCall());
setImmediate(() => log.push('b'));
process.on('exit', () => {
  assert.deepStrictEqual(log, ['a', 'a-end', 'a-job', 'b', 'c']);
});
