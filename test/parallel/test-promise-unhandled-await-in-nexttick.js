'use strict';
// A rejection counts as handled when an `await` takes it in one of the nextTicks
// that follow (node judges at the end of the tick), not only a .then/.catch.
const common = require('../common');
const assert = require('node:assert');

process.on('unhandledRejection', common.mustNotCall());

const early = Promise.reject(new Error('early'));
process.nextTick(common.mustCall(async () => {
  await assert.rejects(early, { message: 'early' });
}));

// The same from inside a microtask: rejected there, awaited in a nextTick queued there.
Promise.resolve().then(common.mustCall(() => {
  const late = Promise.reject(new Error('late'));
  process.nextTick(common.mustCall(async () => {
    try {
      await late;
      assert.fail('resolved');
    } catch (err) {
      assert.strictEqual(err.message, 'late');
    }
  }));
}));
