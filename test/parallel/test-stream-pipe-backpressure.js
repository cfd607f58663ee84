'use strict';
// pipe(): the source pauses while the destination is full and resumes on
// 'drain'; after the source's 'end' the destination finishes, then is unpiped.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const log = [];
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    if (n < 5) this.push(`c${n++}`);
    else this.push(null);
  },
});
const w = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(chunk, encoding, cb) {
    log.push(`write:${chunk}`);
    setTimeout(cb, 1);
  },
});
for (const ev of ['pipe', 'unpipe', 'drain', 'finish', 'close']) w.on(ev, () => log.push(`w:${ev}`));
for (const ev of ['end', 'pause', 'resume']) r.on(ev, () => log.push(`r:${ev}`));
assert.strictEqual(r.pipe(w), w);
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'w:pipe', 'r:resume', 'write:c0', 'r:pause', 'w:drain', 'r:resume', 'write:c1',
    'r:pause', 'w:drain', 'r:resume', 'write:c2', 'r:pause', 'w:drain', 'r:resume',
    'write:c3', 'r:pause', 'w:drain', 'r:resume', 'write:c4', 'r:pause', 'r:end',
    'w:finish', 'w:unpipe', 'w:close',
  ]);
}));
