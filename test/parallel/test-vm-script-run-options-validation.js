'use strict';
// Script#runIn*() take an options object only (a filename string is accepted by
// vm.runIn*() alone), and a zero timeout is out of range.
require('../common');
const assert = require('assert');
const vm = require('vm');

const script = new vm.Script('6 * 7');
const context = vm.createContext();
for (const run of [
  (o) => script.runInThisContext(o),
  (o) => script.runInContext(context, o),
  (o) => script.runInNewContext({}, o),
]) {
  for (const bad of [null, 'file.js', 42]) {
    assert.throws(() => run(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => run({ timeout: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => run({ breakOnSigint: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(run(undefined), 42);
}
assert.strictEqual(vm.runInThisContext('6 * 7', 'file.js'), 42);
assert.strictEqual(vm.runInNewContext('6 * 7', {}, 'file.js'), 42);
assert.throws(() => vm.runInThisContext('throw new Error("x")', 'named.js'),
              (err) => err.stack.includes('named.js:1'));
