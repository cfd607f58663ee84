'use strict';
// A Worker's threadId, threadName, stdin, stdout, stderr and resourceLimits are
// getters on Worker.prototype (the instance's own keys are node's four); stdout
// and stderr stay the same objects and end after 'exit', even when first read
// then.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('0', { eval: true, name: 'getters' });
assert.deepStrictEqual(Object.keys(w), ['_events', '_eventsCount', '_maxListeners', 'performance']);
for (const name of ['threadId', 'threadName', 'stdin', 'stdout', 'stderr', 'resourceLimits']) {
  const d = Object.getOwnPropertyDescriptor(Worker.prototype, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.set, undefined, name);
}
assert.strictEqual(typeof w.threadId, 'number');
assert.ok(w.threadId > 0);
assert.strictEqual(w.threadName, 'getters');
assert.strictEqual(w.stdin, null);
assert.strictEqual(w.stderr, w.stderr);
assert.strictEqual(typeof w.resourceLimits.stackSizeMb, 'number');
const stderr = w.stderr;
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(w.threadId, -1);
  assert.strictEqual(w.threadName, null);
  assert.deepStrictEqual(w.resourceLimits, {});
  assert.strictEqual(w.stderr, stderr);
  // Never read before the worker ended: it is ended all the same.
  w.stdout.on('end', common.mustCall());
  w.stdout.resume();
  stderr.on('end', common.mustCall());
  stderr.resume();
}));
