'use strict';
// In-process: subtests, names, t.assert counting toward t.plan, skip/todo from the
// context, done callbacks, concurrency, and the results node would report.
const common = require('../common');
const assert = require('assert');
const { test, describe, it } = require('node:test');

const order = [];
test('parent', common.mustCall(async (t) => {
  t.plan(3);
  t.assert.strictEqual(1, 1);
  await t.test('child', (t) => {
    assert.strictEqual(t.fullName, 'parent > child');
    order.push('child');
  });
  await t.test('skipped from inside', (t) => { t.skip('later'); order.push('ran anyway'); });
}));
test('done callback', common.mustCall((t, done) => setImmediate(done)));
test('concurrent subtests', { concurrency: true }, common.mustCall(async (t) => {
  const seen = [];
  const a = t.test('slow', () => new Promise((resolve) => setTimeout(() => { seen.push('slow'); resolve(); }, 20)));
  const b = t.test('fast', () => { seen.push('fast'); });
  await Promise.all([a, b]);
  assert.deepStrictEqual(seen, ['fast', 'slow']);
}));
// A subtest started with t.test() and not awaited runs exactly once.
test('not awaited', common.mustCall((t) => {
  t.test('runs once', common.mustCall((t) => {
    t.test('nested once', common.mustCall());
  }));
}));
describe('suite', () => {
  it('in suite', common.mustCall((t) => assert.strictEqual(t.fullName, 'suite > in suite')));
});
process.on('exit', (code) => {
  assert.deepStrictEqual(order, ['child', 'ran anyway']);
  assert.strictEqual(code, 0);
});
