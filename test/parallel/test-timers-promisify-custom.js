'use strict';
// util.promisify(setTimeout / setImmediate) resolve with the value after the
// delay, through the timers/promises versions node exposes as promisify.custom.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');
const timersPromises = require('node:timers/promises');

const desc = Object.getOwnPropertyDescriptor(setTimeout, util.promisify.custom);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, false);
assert.strictEqual(setTimeout[util.promisify.custom], timersPromises.setTimeout);
assert.strictEqual(setImmediate[util.promisify.custom], timersPromises.setImmediate);

const sleep = util.promisify(setTimeout);
const start = Date.now();
sleep(20, 'value').then(common.mustCall((value) => {
  assert.strictEqual(value, 'value');
  assert.ok(Date.now() - start >= 15);
  return util.promisify(setImmediate)('next');
})).then(common.mustCall((value) => assert.strictEqual(value, 'next')));
