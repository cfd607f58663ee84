'use strict';
// Buffer.prototype[inspect.custom]: hex bytes up to INSPECT_MAX_BYTES, then a
// count of the rest, then own non-index properties.
require('../common');
const assert = require('assert');
const buffer = require('buffer');
const util = require('util');

const custom = Symbol.for('nodejs.util.inspect.custom');
assert.strictEqual(typeof Buffer.prototype[custom], 'function');
assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[custom]);
assert.strictEqual(Buffer.from('hi')[custom](), '<Buffer 68 69>');
assert.strictEqual(Buffer.alloc(0)[custom](), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(Buffer.alloc(51)[custom](), `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60, 1)), `<Buffer ${'01 '.repeat(50)}... 10 more bytes>`);

buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(Buffer.from('abc')[custom](), '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });

const withProp = Buffer.from('hi');
withProp.foo = 1;
assert.strictEqual(withProp[custom](2, { showHidden: false }), '<Buffer 68 69, foo: 1>');
