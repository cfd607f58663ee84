'use strict';
// process.getActiveResourcesInfo() lists in-flight fs requests, referenced
// timeouts and referenced immediates, one entry each.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;

assert.strictEqual(count('Timeout'), 0);
const t = setTimeout(common.mustNotCall(), 1000);
setTimeout(common.mustCall(), 1);
assert.strictEqual(count('Timeout'), 2);
t.unref();
assert.strictEqual(count('Timeout'), 1);
clearTimeout(t);

setImmediate(common.mustCall());
setImmediate(common.mustCall()).unref();
assert.strictEqual(count('Immediate'), 1);

fs.stat(__filename, common.mustCall(() => {
  assert.strictEqual(count('FSReqCallback'), 1); // still active in its callback
}));
assert.strictEqual(count('FSReqCallback'), 1);

// process._getActiveRequests() lists the request objects themselves.
assert.strictEqual(process._getActiveRequests().length, 1);
