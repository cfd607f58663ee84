'use strict';
// Writes buffered behind a corked or busy Writable keep their order, encodings and
// callbacks: _writev gets them as { chunk, encoding, callback } entries (allBuffers
// says whether all are Buffers); writableBuffer, bufferedRequestCount and
// _writableState.buffered list the pending ones; a stream without _writev takes them
// one by one, past 256 of them; destroy() fails the ones left.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

// cork(): a batch of mixed chunks goes to _writev once, in order.
{
  const batches = [];
  const w = new Writable({
    decodeStrings: false,
    writev(chunks, cb) {
      batches.push({
        chunks: chunks.map(({ chunk, encoding, callback }) =>
          [Buffer.isBuffer(chunk) ? `buf:${chunk}` : chunk, encoding, typeof callback]),
        allBuffers: chunks.allBuffers,
      });
      cb();
    },
  });
  const done = [];
  w.cork();
  w.write(Buffer.from('a'), () => done.push('a'));
  w.write('b', 'latin1', () => done.push('b'));
  w.write(Buffer.from('c'));
  assert.strictEqual(w.writableBuffer.length, 3);
  assert.strictEqual(w._writableState.bufferedRequestCount, 3);
  assert.deepStrictEqual(w._writableState.buffered.map((e) => e.encoding), ['buffer', 'latin1', 'buffer']);
  w.uncork();
  assert.strictEqual(w.writableBuffer.length, 0);
  assert.strictEqual(w._writableState.bufferedRequestCount, 0);
  w.cork();
  w.write(Buffer.from('d'));
  w.write(Buffer.from('e'));
  w.uncork();
  w.end(common.mustCall(() => {
    assert.deepStrictEqual(done, ['a', 'b']);
    assert.deepStrictEqual(batches, [
      { chunks: [['buf:a', 'buffer', 'function'], ['b', 'latin1', 'function'],
                 ['buf:c', 'buffer', 'function']], allBuffers: false },
      { chunks: [['buf:d', 'buffer', 'function'], ['buf:e', 'buffer', 'function']], allBuffers: true },
    ]);
  }));
}

// No _writev: 600 writes behind a slow first one go to _write one at a time, in order.
{
  const seen = [];
  let n = 0;
  const w = new Writable({
    write(chunk, encoding, cb) {
      seen.push(Number(chunk.toString()));
      if (n++ % 100 === 0) setImmediate(cb);
      else cb();
    },
  });
  for (let i = 0; i < 600; i++) w.write(String(i));
  assert.strictEqual(w.writableBuffer.length, 599);
  w.end(common.mustCall(() => {
    assert.deepStrictEqual(seen, Array.from({ length: 600 }, (_, i) => i));
  }));
}

// destroy() of a corked stream: the buffered writes' callbacks get
// ERR_STREAM_DESTROYED, each once.
{
  const w = new Writable({ write: common.mustNotCall(), writev: common.mustNotCall() });
  w.on('error', common.mustNotCall());
  w.cork();
  for (let i = 0; i < 3; i++) {
    w.write(`b${i}`, common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    }));
  }
  assert.strictEqual(w.writableBuffer.length, 3);
  w.destroy();
}
