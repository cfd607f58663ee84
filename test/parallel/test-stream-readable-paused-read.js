'use strict';
// Paused mode: push() reports the high-water mark, 'readable' fires once per
// batch, read(n) returns exactly n bytes (or null until enough are buffered), and
// the tail comes out after push(null).
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ highWaterMark: 4, read(size) { log.push(`_read:${size}`); } });
r.on('readable', () => {
  log.push('readable');
  let chunk;
  while ((chunk = r.read(2)) !== null) log.push(`got:${chunk}`);
});
r.on('end', common.mustCall(() => log.push('end')));
log.push(`push:${r.push('abc')}`);
log.push(`push:${r.push('defg')}`);
log.push(`length:${r.readableLength}`);
setTimeout(() => {
  log.push(`push:${r.push('h')}`);
  r.push(null);
}, 5);

r.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'push:true', 'push:false', 'length:7', 'readable', 'got:ab', '_read:4', 'got:cd',
    'got:ef', 'push:true', 'readable', 'got:gh', 'readable', 'end',
  ]);
}));
