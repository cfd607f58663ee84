'use strict';
// util.inspect of AbortController/AbortSignal around the depth limit.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const ac = new AbortController();
assert.strictEqual(inspect(ac, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(inspect(ac, { depth: 1 }), 'AbortController { signal: [AbortSignal] }');
assert.strictEqual(inspect(ac, { depth: null }),
                   'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(inspect(ac.signal, { depth: 1 }), 'AbortSignal { aborted: false }');
assert.strictEqual(inspect({ a: { b: ac } }, { depth: 1 }), '{ a: { b: AbortController {} } }');
assert.strictEqual(inspect({ a: { b: ac.signal } }, { depth: 1 }), '{ a: { b: [AbortSignal] } }');
