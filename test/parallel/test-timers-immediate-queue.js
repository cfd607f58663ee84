'use strict';
// Immediates queued while immediates run wait for the next loop turn: the ones
// already queued all run first, in order.
require('../common');
const assert = require('assert');

const log = [];
setImmediate(() => {
  log.push('a');
  setImmediate(() => log.push('c'));
  log.push('a-end');
});
setImmediate(() => log.push('b'));
process.on('exit', () => {
  assert.deepStrictEqual(log, ['a', 'a-end', 'b', 'c']);
});
