'use strict';
// destroy(err): 'error' then 'close' on the next tick, no 'end'; a second
// destroy() is a no-op; push() after destroy returns false.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
const err = new Error('boom');
for (const ev of ['data', 'end', 'close', 'error']) {
  r.on(ev, (x) => log.push(x instanceof Error ? `${ev}:${x.message}` : ev));
}
r.destroy(err);
log.push(`destroyed:${r.destroyed} aborted:${r.readableAborted} errored:${r.errored === err}`);
r.destroy(new Error('again'));
assert.strictEqual(r.push('x'), false);
log.push('sync');

r.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'destroyed:true aborted:true errored:true', 'sync', 'error:boom', 'close',
  ]);
  assert.strictEqual(r.closed, true);
}));
