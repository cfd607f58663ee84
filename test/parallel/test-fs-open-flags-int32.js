'use strict';
// Numeric open flags must be 32-bit integers (node's ERR_OUT_OF_RANGE), in every
// flavour of open.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');

for (const flags of [4_294_967_296, 2 ** 31, 1.5]) {
  assert.throws(() => fs.openSync(__filename, flags), { code: 'ERR_OUT_OF_RANGE', message: /"flags"/ });
  assert.throws(() => fs.open(__filename, flags, common.mustNotCall()), { code: 'ERR_OUT_OF_RANGE' });
  assert.rejects(fs.promises.open(__filename, flags), { code: 'ERR_OUT_OF_RANGE' }).then(common.mustCall());
}
assert.throws(() => fs.openSync(__filename, 0, 4_294_967_296), { code: 'ERR_OUT_OF_RANGE', message: /"mode"/ });
fs.closeSync(fs.openSync(__filename, fs.constants.O_RDONLY));
