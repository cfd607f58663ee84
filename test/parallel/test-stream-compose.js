'use strict';
// compose() joins stages into one Duplex; Duplex.from() adapts generators,
// iterables and promises; duplexPair() returns two connected ends.
const common = require('../common');
const assert = require('assert');
const { compose, Duplex, Transform, duplexPair } = require('stream');

(async () => {
  const c = compose(
    new Transform({ objectMode: true, transform(chunk, encoding, cb) { cb(null, chunk + 1); } }),
    async function* (source) {
      for await (const x of source) yield x * 10;
    },
  );
  c.write(1);
  c.end(2);
  assert.deepStrictEqual(await c.toArray(), [20, 30]);

  const upper = Duplex.from(async function* (source) {
    for await (const x of source) yield String(x).toUpperCase();
  });
  upper.end('abc');
  assert.deepStrictEqual(await upper.toArray(), ['ABC']);

  const fromArray = Duplex.from([1, 2]);
  assert.strictEqual(fromArray.writable, false);
  assert.deepStrictEqual(await fromArray.toArray(), [1, 2]);
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('p')).toArray(), ['p']);
  assert.throws(() => Duplex.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });

  const [a, b] = duplexPair({ objectMode: true });
  const got = new Promise((resolve) => b.once('data', resolve));
  a.write('hi');
  assert.strictEqual(await got, 'hi');
})().then(common.mustCall());
