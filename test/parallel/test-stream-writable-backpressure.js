'use strict';
// write() returns false once writableLength reaches the high-water mark; 'drain'
// fires once the buffer empties, before the write callbacks of that batch.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  highWaterMark: 3,
  decodeStrings: false,
  write(chunk, encoding, cb) {
    log.push(`write:${chunk}:${encoding}`);
    setTimeout(cb, 1);
  },
});
// End once the buffer has drained (and cb2 has run), whatever the timer delays.
w.on('drain', common.mustCall(() => {
  log.push('drain');
  setImmediate(() => w.end('e', () => log.push('endcb')));
}));
log.push(`ret:${w.write('ab', () => log.push('cb1'))}`);
log.push(`ret:${w.write('cd', () => log.push('cb2'))}`);
log.push(`needDrain:${w.writableNeedDrain} length:${w.writableLength}`);
w.on('finish', common.mustCall(() => log.push('finish')));
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'write:ab:utf8', 'ret:true', 'ret:false', 'needDrain:true length:4',
    'write:cd:utf8', 'cb1', 'drain', 'cb2', 'write:e:utf8', 'endcb', 'finish',
  ]);
}));
