'use strict';
// An 'uncaughtException' listener handles errors thrown from callbacks; the
// process goes on and exits 0.
const common = require('../common');
const assert = require('assert');

const seen = [];
process.on('uncaughtException', common.mustCall((err, origin) => {
  seen.push([err.message, origin]);
}, 2));
setTimeout(() => { throw new Error('from timer'); }, 1);
setImmediate(() => { throw new Error('from immediate'); });
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(seen.sort(), [['from immediate', 'uncaughtException'], ['from timer', 'uncaughtException']]);
}), 20);
