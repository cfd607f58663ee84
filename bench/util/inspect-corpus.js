'use strict';
// util.inspect over a fixed corpus of mixed values (objects, arrays, maps, errors,
// typed arrays, long strings), N rounds. Prints the total output length so the work
// cannot be optimized away.
const util = require('util');

const rounds = Number(process.argv[2] || 2000);
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const err = new Error('boom');
err.stack = 'Error: boom\n    at a (x.js:1:1)\n    at b (x.js:2:2)';
err.code = 'E_BOOM';
const corpus = [
  { id: 1, name: 'alpha', tags: ['a', 'b', 'c'], nested: { deep: { deeper: { deepest: 1 } } } },
  Array.from({ length: 100 }, (_, i) => i * 3),
  Array.from({ length: 20 }, (_, i) => ({ i, label: `item ${i}`, ok: i % 2 === 0 })),
  new Map(Array.from({ length: 20 }, (_, i) => [`k${i}`, new Point(i, -i)])),
  new Set(['x', 'y', 'z', 1, 2, 3]),
  err,
  new Uint8Array(64),
  'a long string with an apostrophe \' and a newline\n'.repeat(10),
  [null, undefined, true, 1n, Symbol('s'), () => {}, class Foo {}, new Date(0), /re/g],
];

let total = 0;
for (let r = 0; r < rounds; r++) {
  for (const v of corpus) total += util.inspect(v).length;
}
console.log(total);
