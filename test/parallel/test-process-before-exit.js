'use strict';
// 'beforeExit' fires when the loop empties, may schedule more work (which runs),
// and is not emitted after process.exit().
const common = require('../common');
const assert = require('assert');

let rounds = 0;
process.on('beforeExit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  if (++rounds < 3) setTimeout(common.mustCall(), 1);
}, 3));
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(rounds, 3);
});
