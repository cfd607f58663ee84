'use strict';
// process.finalization: callbacks for live objects run at 'exit' (or
// 'beforeExit'); unregistered ones do not.
const common = require('../common');
const assert = require('assert');

const calls = [];
const kept = { name: 'kept' };
const dropped = { name: 'dropped' };
const early = { name: 'early' };
process.finalization.register(kept, (obj, event) => calls.push([obj.name, event]));
process.finalization.registerBeforeExit(early, (obj, event) => {
  calls.push([obj.name, event]);
  process.finalization.unregister(early);
});
process.finalization.register(dropped, common.mustNotCall());
process.finalization.unregister(dropped);
process.finalization.unregister(dropped);

assert.throws(() => process.finalization.register(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "obj" argument must be of type object. Received undefined',
});

// Registered after the finalization listeners, so it runs after them.
process.on('exit', () => {
  assert.deepStrictEqual(calls, [['early', 'beforeExit'], ['kept', 'exit']]);
});
