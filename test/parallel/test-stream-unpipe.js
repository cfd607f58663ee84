'use strict';
// unpipe(dest) detaches one destination; unpipe() detaches all and pauses.
const common = require('../common');
const assert = require('assert');
const { PassThrough } = require('stream');

const a = new PassThrough();
const b = new PassThrough();
const c = new PassThrough();
a.pipe(b);
a.pipe(c);
b.on('unpipe', common.mustCall((src) => assert.strictEqual(src, a)));
c.on('unpipe', common.mustCall((src) => assert.strictEqual(src, a)));
assert.strictEqual(a._readableState.pipes.length, 2);
a.unpipe(b);
assert.strictEqual(a._readableState.pipes.length, 1);
a.unpipe(b);
assert.strictEqual(a.readableFlowing, true);
a.unpipe();
assert.strictEqual(a._readableState.pipes.length, 0);
assert.strictEqual(a.readableFlowing, false);
assert.strictEqual(a.isPaused(), true);
