'use strict';
// A hook enabled before the first destroy sees only the program's resources: the
// Immediate that clearImmediate destroys, and no promise of the runtime's own made
// to deliver that destroy later.
const common = require('../common');
const assert = require('assert');
const async_hooks = require('async_hooks');

const types = [];
async_hooks.createHook({
  init: common.mustCall((id, type) => types.push(type)),
  destroy: common.mustCall(),
}).enable();

const immediate = setImmediate(common.mustNotCall());
clearImmediate(immediate);
process.on('exit', () => assert.deepStrictEqual(types, ['Immediate']));
