'use strict';
// Transform: each chunk goes through _transform, _flush adds a last chunk, and the
// events run data... -> (flush) -> 'prefinish' -> 'end' -> 'finish' -> 'close'.
const common = require('../common');
const assert = require('assert');
const { Transform, PassThrough } = require('stream');

const log = [];
const t = new Transform({
  objectMode: true,
  transform(chunk, encoding, cb) {
    log.push(`transform:${chunk}`);
    cb(null, chunk.toUpperCase());
  },
  flush(cb) {
    log.push('flush');
    cb(null, 'END');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log.push(ev));
t.on('data', (d) => log.push(`data:${d}`));
t.write('a');
t.write('b');
t.end('c');
t.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'transform:a', 'data:A', 'transform:b', 'data:B', 'transform:c', 'data:C', 'flush',
    'data:END', 'prefinish', 'end', 'finish', 'close',
  ]);
}));

{
  const t2 = new Transform({ transform(chunk, encoding, cb) { cb(new Error('bad chunk')); } });
  t2.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'bad chunk')));
  t2.write('x');
}

{
  const t3 = new Transform();
  assert.throws(() => t3.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _transform() method is not implemented',
  });
}

{
  const pt = new PassThrough({ objectMode: true });
  const out = [];
  pt.on('data', (d) => out.push(d));
  pt.on('end', common.mustCall(() => assert.deepStrictEqual(out, [1, { a: 2 }, 'three'])));
  pt.write(1);
  pt.write({ a: 2 });
  pt.end('three');
}
