'use strict';
// emit() hands a listener exactly the arguments it was given (however many, undefined
// ones counted), with the emitter as `this`, and returns whether there was a
// listener; a rejected promise from a listener is reported with those same arguments
// under captureRejections, for one listener and for several.
const common = require('../common');
const assert = require('assert');
const { EventEmitter } = require('events');

assert.strictEqual(EventEmitter.prototype.emit.length, 1);

const ee = new EventEmitter();
const seen = [];
ee.on('x', function(...args) {
  assert.strictEqual(this, ee);
  seen.push(args);
});
assert.strictEqual(ee.emit('x'), true);
assert.strictEqual(ee.emit('x', undefined), true);
assert.strictEqual(ee.emit('x', 1), true);
assert.strictEqual(ee.emit('x', 1, undefined), true);
assert.strictEqual(ee.emit('x', 1, 2, 3), true);
assert.strictEqual(ee.emit('y', 1), false);
assert.deepStrictEqual(seen, [[], [undefined], [1], [1, undefined], [1, 2, 3]]);
assert.deepStrictEqual(seen.map((a) => a.length), [0, 1, 1, 2, 3]);

// A listener's return value other than a promise is ignored.
const quiet = new EventEmitter({ captureRejections: true });
quiet.on('v', () => 42);
assert.strictEqual(quiet.emit('v', 'a'), true);

// Rejections reach the kRejection handler with the event's arguments.
for (const count of [0, 1, 2, 3]) {
  for (const listeners of [1, 2]) {
    const em = new EventEmitter({ captureRejections: true });
    const args = ['a', 'b', 'c'].slice(0, count);
    for (let i = 0; i < listeners; i++) em.on('e', async () => { throw new Error(`boom ${i}`); });
    em[Symbol.for('nodejs.rejection')] = common.mustCall((err, type, ...rest) => {
      assert.match(err.message, /^boom \d$/);
      assert.strictEqual(type, 'e');
      assert.deepStrictEqual(rest, args);
    }, listeners);
    em.emit('e', ...args);
  }
}

// Listeners that throw stop the emit, one listener or several.
const thrower = new EventEmitter();
thrower.on('t', (a) => { throw new Error(`bad ${a}`); });
assert.throws(() => thrower.emit('t', 7), { message: 'bad 7' });
thrower.on('t', common.mustNotCall());
assert.throws(() => thrower.emit('t', 8), { message: 'bad 8' });

// 'error' with no listener still throws the error it was given.
const err = new Error('unhandled');
assert.throws(() => new EventEmitter().emit('error', err), err);
