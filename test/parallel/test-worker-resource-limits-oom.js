'use strict';
// resourceLimits.maxOldGenerationSizeMb: a worker that keeps allocating is stopped
// with ERR_WORKER_OUT_OF_MEMORY and exit code 1; the main thread goes on.
const common = require('../common');
const assert = require('node:assert');
const { Worker, resourceLimits } = require('node:worker_threads');

assert.deepStrictEqual(resourceLimits, {});
const limits = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 };
const worker = new Worker(`
  const { resourceLimits } = require('node:worker_threads');
  require('node:assert').strictEqual(resourceLimits.maxOldGenerationSizeMb, 16);
  const array = [];
  while (true) for (let i = 0; i < 100; i++) array.push([array]);
`, { eval: true, resourceLimits: limits });
// Every limit is reported; the code range one is the engine's choice (node: -1 or 0).
assert.deepStrictEqual(Object.keys(worker.resourceLimits).sort(),
                       ['codeRangeSizeMb', 'maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'stackSizeMb']);
assert.strictEqual(worker.resourceLimits.maxOldGenerationSizeMb, 16);
assert.strictEqual(worker.resourceLimits.maxYoungGenerationSizeMb, 4);
assert.strictEqual(worker.resourceLimits.stackSizeMb, 4);
worker.on('error', common.expectsError({
  code: 'ERR_WORKER_OUT_OF_MEMORY',
  message: 'Worker terminated due to reaching memory limit: JS heap out of memory',
}));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  assert.deepStrictEqual(worker.resourceLimits, {});
  setImmediate(common.mustCall()); // the main thread is still running
}));
