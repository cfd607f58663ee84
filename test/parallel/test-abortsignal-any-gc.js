// Flags: --expose-gc
'use strict';
// A long-lived signal feeding AbortSignal.any() does not keep unlistened results
// alive, while a result with a listener, or a timeout signal with one, still fires.
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
const refs = [];
for (let i = 0; i < 200; i++) refs.push(new WeakRef(AbortSignal.any([ac.signal])));

const listened = new WeakRef(AbortSignal.any([ac.signal]));
listened.deref().addEventListener('abort', common.mustCall());
const timeout = new WeakRef(AbortSignal.timeout(10));
timeout.deref().addEventListener('abort', common.mustCall((e) => {
  assert.strictEqual(e.target.reason.name, 'TimeoutError');
}));

setImmediate(() => {
  globalThis.gc();
  setTimeout(common.mustCall(() => {
    globalThis.gc();
    assert.ok(refs.some((ref) => ref.deref() === undefined), 'no unlistened signal was collected');
    ac.abort();
  }), 30);
});
