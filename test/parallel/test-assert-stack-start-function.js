'use strict';
// AssertionError takes the older `stackStartFunction` as well as `stackStartFn`: the
// frames from that function up are left out of the stack.
require('../common');
const assert = require('assert');

(function hidden() {
  for (const key of ['stackStartFunction', 'stackStartFn']) {
    const err = new assert.AssertionError({ actual: 'foo', operator: 'strictEqual', [key]: hidden });
    assert(!err.stack.includes('hidden'), key);
  }
  const err = new assert.AssertionError({ actual: 'foo', operator: 'strictEqual' });
  assert(err.stack.includes('hidden'));
})();
