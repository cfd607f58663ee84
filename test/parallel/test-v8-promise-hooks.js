'use strict';
// v8.promiseHooks: init (with the parent a then() was called on), before/after
// around a reaction (naming the promise then() made), settled; stop functions;
// async functions are refused as hooks; a throwing hook is an uncaught exception.
// Only promises made by Promise statics and then/catch/finally are checked: that
// is what eddy can see (JSC has no promise hooks).
const common = require('../common');
const assert = require('assert');
const { promiseHooks } = require('v8');

for (const name of ['onInit', 'onBefore', 'onAfter', 'onSettled']) {
  const arg = { onInit: 'initHook', onBefore: 'beforeHook', onAfter: 'afterHook', onSettled: 'settledHook' }[name];
  assert.throws(() => promiseHooks[name](async () => {}), { code: 'ERR_INVALID_ARG_TYPE', message: new RegExp(`^The "${arg}" argument must be of type function`) });
  assert.throws(() => promiseHooks[name](1), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => promiseHooks.createHook({ settled: async function*() {} }), { message: /"settledHook"/ });

const events = [];
const name = new Map();
const label = (p) => name.get(p) ?? '?';
const stop = promiseHooks.createHook({
  init(p, parent) { events.push(`init ${label(p)} ${parent === undefined ? '-' : label(parent)}`); },
  before(p) { events.push(`before ${label(p)}`); },
  after(p) { events.push(`after ${label(p)}`); },
  settled(p) { events.push(`settled ${label(p)}`); },
});

// init runs inside the call that makes the promise, before it is named.
const a = Promise.resolve(1);
name.set(a, 'a');
const b = a.then((v) => {
  events.push('reaction');
  return v + 1;
});
name.set(b, 'b');
b.then(common.mustCall((v) => {
  assert.strictEqual(v, 2);
  stop();
  stop(); // twice is fine
  Promise.resolve().then(() => {});
  assert.deepStrictEqual(events, [
    'init ? -', 'settled ?', // a
    'init ? a', // b
    'init ? b', // the last then
    'before b', 'reaction', 'settled b', 'after b',
    'before ?',
  ]);
}));

// A throwing hook reports an uncaught exception and the promise carries on.
const err = new Error('hook');
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'uncaughtException');
}));
setImmediate(common.mustCall(() => {
  const stopThrow = promiseHooks.onInit(() => {
    stopThrow();
    throw err;
  });
  Promise.resolve(5).then(common.mustCall((v) => assert.strictEqual(v, 5)));
}));
