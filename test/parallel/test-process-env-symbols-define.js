'use strict';
// process.env: symbol keys are never stored, defineProperty takes only plain
// data descriptors, and a name the environment cannot hold is dropped.
require('../common');
const assert = require('assert');

const sym = Symbol('EDDY_SYM');
assert.strictEqual(process.env[sym], undefined);
assert.throws(() => { process.env[sym] = 1; }, TypeError);
assert.throws(() => { process.env.EDDY_TEST_VALUE = Symbol('v'); }, TypeError);
assert.strictEqual(sym in process.env, false);
assert.strictEqual(delete process.env[sym], true);
assert.strictEqual(process.env.EDDY_SYM, undefined);

assert.throws(() => Object.defineProperty(process.env, 'EDDY_A', { value: 'x' }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
});
assert.throws(() => Object.defineProperty(process.env, 'EDDY_A', { get() { return 'x'; } }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.strictEqual(process.env.EDDY_A, undefined);
Object.defineProperty(process.env, 'EDDY_A', {
  value: 42, configurable: true, writable: true, enumerable: true,
});
assert.strictEqual(process.env.EDDY_A, '42');
delete process.env.EDDY_A;

process.env[''] = 'x';
assert.strictEqual(process.env[''], undefined);
assert.deepStrictEqual({ ...structuredClone(process.env) }, { ...process.env });
