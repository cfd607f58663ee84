'use strict';
// dgram.createSocket checks options.lookup with node's argument name.
require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

for (const lookup of [null, 1, 'x', {}]) {
  assert.throws(() => dgram.createSocket({ type: 'udp4', lookup }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "lookup" argument must be of type function\./,
  });
}
dgram.createSocket({ type: 'udp4', lookup: () => {} }).close();
