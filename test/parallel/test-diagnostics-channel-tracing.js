'use strict';
// Channels, subscribers, bound stores, and TracingChannel's sync/promise/callback
// event order.
const common = require('../common');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

const ch = dc.channel('test:dc');
assert.strictEqual(dc.channel('test:dc'), ch);
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.hasSubscribers, false);
const seen = [];
const sub = (msg, name) => seen.push([msg, name]);
dc.subscribe('test:dc', sub);
assert.strictEqual(dc.hasSubscribers('test:dc'), true);
ch.publish(1);
assert.deepStrictEqual(seen, [[1, 'test:dc']]);
assert.strictEqual(dc.unsubscribe('test:dc', sub), true);
assert.strictEqual(ch.unsubscribe(sub), false);
assert.strictEqual(ch.hasSubscribers, false);
assert.throws(() => dc.channel(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => ch.subscribe(1), {
  message: 'The "subscription" argument must be of type function. Received type number (1)',
});

const als = new AsyncLocalStorage();
ch.bindStore(als, (data) => data.id);
assert.strictEqual(ch.runStores({ id: 7 }, (a) => a + als.getStore(), null, 1), 8);
assert.strictEqual(ch.unbindStore(als), true);

const tc = dc.tracingChannel('test:tc');
const events = [];
const handlers = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[name] = (ctx) => events.push([name, ctx.result, ctx.error?.message]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.traceSync((a) => a * 2, {}, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('boom'); }), /boom/);
assert.deepStrictEqual(events.splice(0), [
  ['start', undefined, undefined], ['end', 42, undefined],
  ['start', undefined, undefined], ['error', undefined, 'boom'], ['end', undefined, 'boom'],
]);

tc.traceCallback((cb) => setImmediate(cb, null, 'r'), -1, {}, null, common.mustCall((err, r) => {
  assert.strictEqual(r, 'r');
  assert.deepStrictEqual(events.splice(0), [
    ['start', undefined, undefined], ['end', undefined, undefined],
    ['asyncStart', 'r', undefined],
  ]);
  tc.tracePromise(async () => 5).then(common.mustCall((v) => {
    assert.strictEqual(v, 5);
    assert.deepStrictEqual(events.splice(0), [
      ['start', undefined, undefined], ['end', undefined, undefined],
      ['asyncEnd', 'r', undefined],
      ['asyncStart', 5, undefined], ['asyncEnd', 5, undefined],
    ]);
    assert.strictEqual(tc.unsubscribe(handlers), true);
    assert.strictEqual(tc.hasSubscribers, false);
  }));
}));
