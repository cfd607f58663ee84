'use strict';
// buffer.SlowBuffer is a function that warns DEP0030 once when called, among
// node:buffer's exports in node's order.
const common = require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength',
  'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0030');
  assert.strictEqual(w.message, 'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()');
}));
const { SlowBuffer } = buffer;
assert.strictEqual(typeof SlowBuffer, 'function');
assert.strictEqual(buffer.SlowBuffer, SlowBuffer);
assert.strictEqual(SlowBuffer(4).length, 4);
assert.strictEqual(SlowBuffer(2).length, 2);
