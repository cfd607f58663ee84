'use strict';
// v8.serialize writes V8's wire format byte for byte, and deserialize reads it
// back, keeping shared references and cycles.
require('../common');
const assert = require('node:assert');
const v8 = require('node:v8');

const cases = [
  ['ab', 'ff0f22026162'],
  ['Ω', 'ff0f6302a903'],
  ['aΩ', 'ff0f63046100a903'],
  [-1, 'ff0f4901'],
  [2 ** 31, 'ff0f4e000000000000e041'],
  [null, 'ff0f30'],
  [[1, 2], 'ff0f410249024904240002'],
  [{ a: 1, 2: 'x' }, 'ff0f6f490422017822016149027b02'],
  [new Map([[1, 2]]), 'ff0f3b490249043a02'],
  [new Set([1]), 'ff0f2749022c01'],
  [new Date(0), 'ff0f440000000000000000'],
  [/x/gi, 'ff0f5222017803'],
  [-300n, 'ff0f5a112c01000000000000'],
  [Buffer.from('hi'), 'ff0f5c0a026869'],
  [new Uint16Array([1]), 'ff0f5c04020100'],
  // eslint-disable-next-line no-sparse-arrays
  [[1, , 3], 'ff0f61034900490249044906400203'],
];
for (const [value, hex] of cases) {
  const bytes = v8.serialize(value);
  assert.strictEqual(bytes.toString('hex'), hex);
  assert.deepStrictEqual(v8.deserialize(bytes), value);
}

const shared = { a: 1 };
shared.self = shared;
const back = v8.deserialize(v8.serialize([shared, shared]));
assert.strictEqual(back[0], back[1]);
assert.strictEqual(back[0].self, back[0]);
assert.throws(() => v8.serialize(() => 1), { name: 'Error', message: '() => 1 could not be cloned.' });

assert.strictEqual(v8.isStringOneByteRepresentation('abc'), true);
assert.strictEqual(v8.isStringOneByteRepresentation('Ω'), false);
const stats = v8.getHeapStatistics();
assert.ok(stats.used_heap_size > 0 && stats.used_heap_size <= stats.total_heap_size);
assert.ok(v8.getHeapSpaceStatistics().some((s) => s.space_name === 'old_space'));
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
v8.setFlagsFromString('--allow-natives-syntax');
