'use strict';
// process.threadCpuUsage() measures the calling thread; cpuUsage() and
// threadCpuUsage() validate prevValue with node's errors.
require('../common');
const assert = require('assert');

const before = process.threadCpuUsage();
const start = Date.now();
while (Date.now() - start < 20);
const diff = process.threadCpuUsage(before);
assert(diff.user + diff.system > 0);
assert(Number.isFinite(diff.user) && diff.user >= 0);

for (const fn of [process.cpuUsage, process.threadCpuUsage]) {
  assert.throws(() => fn(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => fn({ user: 'a', system: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "prevValue.user" property must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => fn({ user: -1, system: 1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'RangeError',
    message: "The property 'prevValue.user' is invalid. Received -1",
  });
  assert.throws(() => fn({ user: 1, system: Infinity }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'prevValue.system' is invalid. Received Infinity",
  });
}
