'use strict';
// Strict-mode `return f()` keeps the caller's frame (no proper tail calls, as in V8),
// and unbounded recursion overflows the stack with a catchable RangeError.
require('../common');
const assert = require('assert');

function a() { return b(); }
function b() { return new Error('x').stack; }
const stack = a();
assert.match(stack, /\bat a\b|\ba@/);

function forever(n) { return forever(n + 1); }
assert.throws(() => forever(0), RangeError);
