'use strict';
// assert.deepStrictEqual on typical test values: a nested object, an array of
// objects, a Map and a Set. Run: hyperfine 'build/eddy bench/assert/deep-equal.js'
// 'node bench/assert/deep-equal.js'
const assert = require('assert');

const N = Number(process.argv[2]) || 20000;
const make = () => ({
  id: 1, name: 'eddy', tags: ['a', 'b', 'c'], nested: { x: 1, y: [1, 2, 3], z: { deep: true } },
  list: Array.from({ length: 20 }, (_, i) => ({ i, s: `s${i}` })),
  map: new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]),
  set: new Set([1, 2, 3, 'x']),
});
const a = make();
const b = make();
const start = process.hrtime.bigint();
for (let i = 0; i < N; i++) assert.deepStrictEqual(a, b);
const ns = Number(process.hrtime.bigint() - start);
if (process.env.VERBOSE) console.log(`${(ns / N / 1000).toFixed(2)} us/deepStrictEqual`);
