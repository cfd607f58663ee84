'use strict';
// A worker over its heap limit is stopped (ERR_WORKER_OUT_OF_MEMORY, exit code
// 1) even when its JS runs only in short slices (timer callbacks) that never
// run long on their own.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const keep = [];
  setInterval(() => {
    for (let i = 0; i < 2000; i++) keep.push({ i, text: 'x'.repeat(64) + i });
  }, 1);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
w.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
