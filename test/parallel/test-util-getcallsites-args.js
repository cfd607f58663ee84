'use strict';
// util.getCallSites(): argument validation, and Error.stackTraceLimit does not limit it.
require('../common');
const assert = require('assert');
const { getCallSites } = require('util');

for (const [args, code] of [
  [[0.5], 'ERR_OUT_OF_RANGE'],
  [[-1], 'ERR_OUT_OF_RANGE'],
  [[201], 'ERR_OUT_OF_RANGE'],
  [[[]], 'ERR_INVALID_ARG_TYPE'],
  [[null], 'ERR_INVALID_ARG_TYPE'],
  [[{}, {}], 'ERR_INVALID_ARG_TYPE'],
  [[10, 10], 'ERR_INVALID_ARG_TYPE'],
  [[{ sourceMap: 1 }], 'ERR_INVALID_ARG_TYPE'],
]) {
  assert.throws(() => getCallSites(...args), { code }, `getCallSites(${args})`);
}
assert.ok(Array.isArray(getCallSites({ sourceMap: false })));
assert.strictEqual(getCallSites(1).length, 1);

const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
try {
  const sites = getCallSites();
  assert.notStrictEqual(sites.length, 0);
  assert.strictEqual(sites[0].scriptName, __filename);
} finally {
  Error.stackTraceLimit = limit;
}
assert.strictEqual(Error.stackTraceLimit, limit);
