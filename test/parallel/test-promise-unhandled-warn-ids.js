// Flags: --unhandled-rejections=warn
'use strict';
// In warn mode each unhandled rejection gives two warnings: the reason (its own
// `stack` when it has one, else its side-effect-free name) and the explanation
// naming a rejection id that counts up; the explanation carries the reason's
// stack. A rejection handled later emits 'rejectionHandled' after those warnings,
// or a PromiseRejectionHandledWarning when nobody listens.
const common = require('../common');
const assert = require('assert');

if (!process.execArgv.includes('--unhandled-rejections=warn')) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--unhandled-rejections=warn', __filename]);
  assert.strictEqual(r.status, 0, r.stderr.toString());
  return;
}

const withStack = { stack: 'custom stack' };
const error = new Error('real');
Promise.reject(withStack);
Promise.reject(error);
Promise.reject({ a: 1 });
Promise.reject(Object.create(Error.prototype));
Promise.reject(42);

const events = [];
const explanation = (id) => 'Unhandled promise rejection. This error originated either by throwing inside of an ' +
  'async function without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
  'To terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
  `(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`;
process.on('warning', (w) => {
  events.push(['warning', w.name, w.message]);
  if (w.message === explanation(1)) assert.strictEqual(w.stack, 'custom stack');
  if (w.message === explanation(2)) assert.strictEqual(w.stack, error.stack);
  if (w.message === explanation(3)) assert.strictEqual(w.stack, `UnhandledPromiseRejectionWarning: ${explanation(3)}`);
});
let handledCount = 0;
process.on('unhandledRejection', (reason, promise) => {
  if (reason === 42) return; // left for the PromiseRejectionHandledWarning below
  promise.catch(() => {});
});
process.on('rejectionHandled', (promise) => {
  events.push(['rejectionHandled']);
  if (++handledCount === 4) process.removeAllListeners('rejectionHandled');
});

setTimeout(common.mustCall(() => {
  const w = 'UnhandledPromiseRejectionWarning';
  const expected = [];
  ['custom stack', error.stack, '#<Object>', 'Error', '42'].forEach((text, i) => {
    expected.push(['warning', w, text], ['warning', w, explanation(i + 1)]);
  });
  for (let i = 0; i < 4; i++) expected.push(['rejectionHandled']);
  assert.deepStrictEqual(events, expected);
  events.length = 0;
  process.on('unhandledRejection', common.mustNotCall());
  Promise.prototype.catch.call(lastRejected, () => {});
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(events, [
      ['warning', 'PromiseRejectionHandledWarning', 'Promise rejection was handled asynchronously (rejection id: 5)'],
    ]);
  }), 10);
}), 10);
let lastRejected;
process.on('unhandledRejection', (reason, promise) => {
  if (reason === 42) lastRejected = promise;
});
