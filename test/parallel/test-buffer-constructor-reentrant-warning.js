'use strict';
// Buffer() called from inside a user Error.prepareStackTrace, while Buffer() is
// itself reading a stack to decide on DEP0005, warns once and does not recurse.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => assert.strictEqual(w.code, 'DEP0005')));
Error.prepareStackTrace = () => new Buffer(4);
assert.strictEqual(new Buffer(2).length, 2);
assert.ok(Buffer.isBuffer(new Error().stack));
