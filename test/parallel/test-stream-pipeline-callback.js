'use strict';
// pipeline(): streams, async generators and a final async function chained with
// one callback; the final function's value is passed on; a failing stage destroys
// every stage and the callback gets its error once.
const common = require('../common');
const assert = require('assert');
const { pipeline, Readable, Writable, PassThrough } = require('stream');

{
  const out = [];
  pipeline(
    Readable.from(['a', 'b']),
    async function* (source) {
      for await (const chunk of source) yield `${chunk}!`;
    },
    new Writable({
      objectMode: true,
      write(chunk, encoding, cb) {
        out.push(chunk);
        cb();
      },
    }),
    common.mustCall((err) => {
      assert.strictEqual(err, undefined);
      assert.deepStrictEqual(out, ['a!', 'b!']);
    }),
  );
}

{
  pipeline(Readable.from(['x', 'y']), async function(source) {
    let s = '';
    for await (const chunk of source) s += chunk;
    return s;
  }, common.mustCall((err, value) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(value, 'xy');
  }));
}

{
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({
    write(chunk, encoding, cb) {
      cb(new Error('sink failed'));
    },
  });
  pipeline(src, mid, dst, common.mustCall((err) => {
    assert.strictEqual(err.message, 'sink failed');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(mid.destroyed, true);
    assert.strictEqual(dst.destroyed, true);
  }));
  src.push('data');
}

{
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipeline(src, dst, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }));
  dst.destroy();
}

assert.throws(() => pipeline(Readable.from(['a'])), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => pipeline(Readable.from(['a']), common.mustNotCall()), {
  code: 'ERR_MISSING_ARGS', message: 'The "streams" argument must be specified',
});
