'use strict';
// scrypt validates the cost option value it actually uses: a getter that turns invalid on its
// final read is still rejected.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

for (const [name, value] of [['N', 16384], ['cost', 16384], ['r', 8], ['blockSize', 8],
                             ['p', 1], ['parallelization', 1]]) {
  let reads = 0;
  crypto.scryptSync('', '', 1, { get [name]() { reads++; return value; } });
  let left = reads;
  assert.throws(() => crypto.scryptSync('', '', 1, {
    get [name]() { return --left === 0 ? 'x' : value; },
  }), { code: 'ERR_INVALID_ARG_TYPE' }, name);
}
