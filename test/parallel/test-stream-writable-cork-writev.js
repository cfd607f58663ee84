'use strict';
// cork() buffers writes; uncork() hands them to _writev as one batch (with their
// encodings), and every write callback runs after it.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  objectMode: true,
  write(chunk, encoding, cb) {
    log.push(`write:${chunk}`);
    process.nextTick(cb);
  },
  writev(chunks, cb) {
    log.push(`writev:${chunks.map((c) => c.chunk).join(',')}`);
    setImmediate(cb);
  },
});
w.write(1, () => log.push('cb1'));
w.cork();
w.write(2, () => log.push('cb2'));
w.write(3, () => {
  log.push('cb3');
  setImmediate(() => w.end(4));
});
log.push(`corked:${w.writableCorked} buffered:${w.writableBuffer.length}`);
process.nextTick(() => w.uncork());
w.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'write:1', 'corked:1 buffered:2', 'cb1', 'writev:2,3', 'cb2', 'cb3', 'write:4',
  ]);
}));
