'use strict';
// process.env: values are strings, assignment coerces, delete works, enumeration
// lists the environment, and children inherit it.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

process.env.EDDY_TEST_NUM = 42;
assert.strictEqual(process.env.EDDY_TEST_NUM, '42');
process.env.EDDY_TEST_BOOL = false;
assert.strictEqual(process.env.EDDY_TEST_BOOL, 'false');
process.env.EDDY_TEST_UNDEF = undefined;
assert.strictEqual(process.env.EDDY_TEST_UNDEF, 'undefined');
assert.ok(Object.keys(process.env).includes('EDDY_TEST_NUM'));
assert.strictEqual({ ...process.env }.EDDY_TEST_NUM, '42');
assert.strictEqual(JSON.parse(JSON.stringify(process.env)).EDDY_TEST_NUM, '42');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process.env, 'EDDY_TEST_NUM'),
  { value: '42', writable: true, enumerable: true, configurable: true });
assert.ok('EDDY_TEST_NUM' in process.env);
assert.strictEqual(delete process.env.EDDY_TEST_NUM, true);
assert.strictEqual(process.env.EDDY_TEST_NUM, undefined);
assert.ok(!('EDDY_TEST_NUM' in process.env));
assert.strictEqual(delete process.env.EDDY_NEVER_SET, true);
assert.strictEqual(Object.prototype.toString.call(process.env), '[object Object]');
assert.throws(() => { process.env.EDDY_SYM = Symbol('s'); }, TypeError);

process.env.EDDY_TEST_CHILD = 'inherited';
const r = run(['-e', 'console.log(process.env.EDDY_TEST_CHILD)']);
assert.strictEqual(r.stdout, 'inherited\n');
