'use strict';
// Readable.from(): arrays, sync and async generators, promised values; strings
// come out whole; null values are an error.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2]).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from(function* () { yield 'a'; yield 'b'; }()).toArray(), ['a', 'b']);
  assert.deepStrictEqual(await Readable.from(async function* () { yield 'c'; }()).toArray(), ['c']);
  assert.deepStrictEqual(await Readable.from([Promise.resolve(1), 2]).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from('whole string').toArray(), ['whole string']);
  const r = Readable.from([1]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  await assert.rejects(Readable.from([1, null]).toArray(), {
    code: 'ERR_STREAM_NULL_VALUES', message: 'May not write null values to stream',
  });
  assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });

  // Destroying the stream returns the generator.
  let finallyRan = false;
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      finallyRan = true;
    }
  })();
  const s = Readable.from(gen);
  s.once('data', common.mustCall(() => s.destroy()));
  s.on('close', common.mustCall(() => assert.strictEqual(finallyRan, true)));
})().then(common.mustCall());
