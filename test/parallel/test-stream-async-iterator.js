'use strict';
// for await over a Readable yields every chunk, rejects with the stream's error,
// and destroys the stream on break unless destroyOnReturn is false.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const got = [];
  for await (const chunk of Readable.from([1, 2, 3])) got.push(chunk);
  assert.deepStrictEqual(got, [1, 2, 3]);

  const failing = new Readable({ read() {} });
  setTimeout(() => failing.destroy(new Error('mid-stream')), 1);
  await assert.rejects(async () => {
    for await (const chunk of failing) assert.fail(`unexpected ${chunk}`);
  }, { message: 'mid-stream' });

  const r = Readable.from([1, 2, 3]);
  for await (const chunk of r) {
    assert.strictEqual(chunk, 1);
    break;
  }
  assert.strictEqual(r.destroyed, true);

  const kept = Readable.from([1, 2, 3]);
  for await (const chunk of kept.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(chunk, 1);
    break;
  }
  assert.strictEqual(kept.destroyed, false);
  assert.deepStrictEqual(await kept.toArray(), [2, 3]);
})().then(common.mustCall());
