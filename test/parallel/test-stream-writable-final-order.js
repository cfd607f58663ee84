'use strict';
// end(): _final runs once the buffer is written, then 'prefinish', the end()
// callback, 'finish' and 'close'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    log.push(`write:${chunk}`);
    setTimeout(cb, 1);
  },
  final(cb) {
    log.push('final');
    setTimeout(cb, 1);
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => log.push(ev));
w.write('a');
w.end('b', common.mustCall((err) => log.push(`endcb:${err}`)));
log.push(`ended:${w.writableEnded} finished:${w.writableFinished}`);
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'write:a', 'ended:true finished:false', 'write:b', 'final', 'prefinish',
    'endcb:null', 'finish', 'close',
  ]);
  assert.strictEqual(w.writableFinished, true);
}));
