'use strict';
// fork({ serialization: 'advanced' }): messages keep what JSON loses (Map, Set,
// Date, BigInt, typed arrays, undefined, cycles).
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    assert.ok(m.map instanceof Map);
    assert.ok(m.self === m);
    process.send({ ...m, self: undefined, seen: true });
    process.disconnect();
  });
} else {
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  const message = {
    map: new Map([['k', new Set([1, 2])]]),
    date: new Date(42),
    big: 2n ** 70n,
    bytes: new Uint8Array([9, 8, 7]),
    nothing: undefined,
  };
  message.self = message;
  child.send(message);
  child.on('message', common.mustCall((m) => {
    assert.ok(m.seen);
    assert.deepStrictEqual(m.map, new Map([['k', new Set([1, 2])]]));
    assert.strictEqual(m.date.getTime(), 42);
    assert.strictEqual(m.big, 2n ** 70n);
    assert.deepStrictEqual([...m.bytes], [9, 8, 7]);
    assert.ok('nothing' in m);
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
