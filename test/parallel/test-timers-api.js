'use strict';
// Timeout and Immediate objects: ref/unref/hasRef/refresh/close, the numeric
// primitive that clearTimeout accepts, arguments, and validation errors.
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(timers.clearImmediate, clearImmediate);

const t = setTimeout(common.mustNotCall(), 10);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
const id = +t;
assert.strictEqual(typeof id, 'number');
assert.strictEqual(`${t}`, String(id));
clearTimeout(id);

const t2 = setTimeout(common.mustNotCall(), 10);
clearTimeout(String(+t2));

setTimeout(common.mustCall((a, b, c, d) => {
  assert.deepStrictEqual([a, b, c, d], [1, 'two', 3, undefined]);
}), 1, 1, 'two', 3);
setImmediate(common.mustCall((a, b) => assert.deepStrictEqual([a, b], ['x', 'y'])), 'x', 'y');

const closed = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(closed.close(), closed);
const imm = setImmediate(common.mustNotCall());
assert.strictEqual(imm.hasRef(), true);
clearImmediate(imm);

let count = 0;
const interval = setInterval(common.mustCall(() => {
  if (++count === 3) clearInterval(interval);
}, 3), 1);

// refresh() restarts the countdown from now, and re-arms a timer that already fired.
let fired = 0;
const r = setTimeout(common.mustCall(() => {
  if (++fired === 1) r.refresh();
}, 2), 1);

for (const bad of ['str', 1, null, {}]) {
  assert.throws(() => setTimeout(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => setInterval(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => setImmediate(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => setTimeout('str'), {
  message: 'The "callback" argument must be of type function. Received type string (\'str\')',
});
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearImmediate(undefined);
