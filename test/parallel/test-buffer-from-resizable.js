'use strict';
// Buffer.from(resizableArrayBuffer, offset) without a length follows the
// buffer's size, like a length-tracking Uint8Array; with a length it is fixed.
require('../common');
const assert = require('assert');

const ab = new ArrayBuffer(10, { maxByteLength: 20 });
const tracking = Buffer.from(ab, 1);
const fixed = Buffer.from(ab, 1, 4);
assert.strictEqual(tracking.length, 9);
ab.resize(15);
assert.strictEqual(tracking.length, 14);
assert.strictEqual(fixed.length, 4);
ab.resize(5);
assert.strictEqual(tracking.length, 4);
assert.strictEqual(fixed.length, 4);
