'use strict';
// captureRejections routes a rejected listener promise to 'error' or to
// Symbol.for('nodejs.rejection').
const common = require('../common');
const assert = require('assert');
const { EventEmitter, captureRejectionSymbol } = require('events');

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
const a = new EventEmitter({ captureRejections: true });
a.on('ev', async () => { throw new Error('rej'); });
a.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'rej')));
a.emit('ev');

const b = new EventEmitter({ captureRejections: true });
b[captureRejectionSymbol] = common.mustCall((err, ev, ...args) => {
  assert.strictEqual(err.message, 'rej2');
  assert.strictEqual(ev, 'ev2');
  assert.deepStrictEqual(args, [1, 2]);
});
b.on('ev2', async () => { throw new Error('rej2'); });
b.emit('ev2', 1, 2);
