'use strict';
// Performance, the class of the global performance object, is a global too
// (non-enumerable), and cannot be constructed by programs.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof Performance, 'function');
assert.strictEqual(Performance.name, 'Performance');
assert.ok(performance instanceof Performance);
assert.strictEqual(Performance, require('perf_hooks').Performance);
assert.strictEqual(Object.keys(globalThis).includes('Performance'), false);
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
