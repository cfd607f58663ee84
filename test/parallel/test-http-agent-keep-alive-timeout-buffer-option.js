'use strict';
// http.Agent's agentKeepAliveTimeoutBuffer: a non-negative finite number, else 1000.
require('../common');
const assert = require('node:assert');
const http = require('node:http');

for (const [value, expected] of [[1500, 1500], [0, 0], [-100, 1000], [Infinity, 1000], ['5', 1000],
                                 [undefined, 1000]]) {
  assert.strictEqual(new http.Agent({ agentKeepAliveTimeoutBuffer: value }).agentKeepAliveTimeoutBuffer,
                     expected);
}
