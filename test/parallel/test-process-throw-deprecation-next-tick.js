'use strict';
// With process.throwDeprecation, emitWarning() of a DeprecationWarning returns
// normally and the warning is thrown on the next tick.
const common = require('../common');
const assert = require('assert');

process.throwDeprecation = true;
process.once('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.name, 'DeprecationWarning');
  assert.strictEqual(`${err}`, 'DeprecationWarning: old thing');
}));
let returned = false;
process.emitWarning('old thing', 'DeprecationWarning');
returned = true;
process.throwDeprecation = false;
assert.strictEqual(returned, true);
