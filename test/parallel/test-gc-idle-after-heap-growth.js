'use strict';
// A program whose heap grew and then shrank, going idle: the engine's timer-driven
// collection runs while nothing else does, and the process must keep running through
// it (it once crashed there, in the engine's memory-pressure bookkeeping, about 2 s
// after the growth).
const common = require('../common');
const assert = require('assert');

const retained = [];
for (let i = 0; i < 200000; i++) retained.push({ i, s: 'x' + i, a: [i] });
setTimeout(() => {
  retained.length = 1000;
  for (let i = 0; i < 100000; i++) retained.push({ i });
}, 200);

setTimeout(common.mustCall(() => {
  assert.strictEqual(retained.length, 101000);
}), 5000);
