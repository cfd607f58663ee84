'use strict';
// mock.timers.enable({ apis: ['scheduler.wait'] }): timers/promises'
// scheduler.wait resolves when tick() reaches its time, and an AbortSignal
// rejects it with an AbortError.
require('../common');
const assert = require('assert');
const { scheduler } = require('timers/promises');
const { test } = require('node:test');

test('scheduler.wait on the mocked clock', async (t) => {
  t.mock.timers.enable({ apis: ['scheduler.wait'] });
  let done = false;
  const p = scheduler.wait(5000).then(() => { done = true; });
  t.mock.timers.tick(4999);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(done, false);
  t.mock.timers.tick(1);
  await p;
  assert.strictEqual(done, true);

  const controller = new AbortController();
  const aborted = scheduler.wait(1000, { signal: controller.signal });
  t.mock.timers.tick(500);
  controller.abort();
  await assert.rejects(aborted, { name: 'AbortError' });
  await assert.rejects(scheduler.wait(10, { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
});
