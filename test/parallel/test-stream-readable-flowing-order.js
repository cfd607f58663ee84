'use strict';
// Flowing mode: 'resume' before the first 'data', then every chunk, 'end', and
// 'close' last, each deferred exactly as node defers it.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    log.push('read');
    if (n < 3) this.push(n++);
    else this.push(null);
  },
});
for (const ev of ['data', 'end', 'close', 'pause', 'resume', 'error']) {
  r.on(ev, (x) => log.push(x === undefined ? ev : `${ev}:${x}`));
}
log.push(`flowing:${r.readableFlowing}`);
process.nextTick(() => log.push('tick'));

r.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'flowing:true', 'read', 'resume', 'read', 'data:0', 'read', 'data:1', 'read',
    'data:2', 'tick', 'end', 'close',
  ]);
  assert.strictEqual(r.readableEnded, true);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.readableDidRead, true);
  assert.strictEqual(r.readableAborted, false);
}));
