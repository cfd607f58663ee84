'use strict';
// nodeTiming's milestones come in order, the loop milestones are -1 until the
// loop starts / exits, and eventLoopUtilization() measures from the loop's start
// (active time never negative, a busy spin counts as fully active).
const common = require('../common');
const assert = require('node:assert');
const { performance } = require('node:perf_hooks');

const { nodeTiming } = performance;
assert.ok(nodeTiming.nodeStart >= 0);
assert.ok(nodeTiming.v8Start > nodeTiming.nodeStart);
assert.ok(nodeTiming.environment > nodeTiming.v8Start);
assert.ok(nodeTiming.bootstrapComplete > nodeTiming.environment);
assert.strictEqual(nodeTiming.loopStart, -1);
assert.strictEqual(nodeTiming.loopExit, -1);
assert.strictEqual(nodeTiming.idleTime, 0);
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });

setTimeout(common.mustCall(() => {
  assert.ok(nodeTiming.loopStart >= nodeTiming.bootstrapComplete);
  const before = performance.eventLoopUtilization();
  assert.ok(before.active >= 0, `${before.active}`);
  assert.ok(before.idle > 0);
  assert.strictEqual(before.idle, nodeTiming.idleTime);
  const t = Date.now();
  while (Date.now() - t < 30);
  const spin = performance.eventLoopUtilization(before);
  assert.strictEqual(spin.idle, 0);
  assert.strictEqual(spin.utilization, 1);
  assert.ok(spin.active >= 25, `${spin.active}`);
}), 20);

process.on('exit', () => {
  assert.ok(nodeTiming.loopExit > nodeTiming.loopStart);
});
