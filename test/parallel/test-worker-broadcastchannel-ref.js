'use strict';
// A BroadcastChannel holds the event loop from its creation, with or without
// listeners, until unref() or close(); adding a listener after unref() does not
// hold it again. A channel closed from a 'message' listener gets none of the
// messages still queued for it.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { BroadcastChannel } = require('worker_threads');

// A program held alive is killed after a short wait (one that should end gets a
// long one: a loaded machine only makes the first kind more certain).
function exits(source, wait) {
  const r = spawnSync(process.execPath, ['-e', source], { timeout: wait });
  return r.status === 0 && r.signal === null;
}
const head = "const { BroadcastChannel } = require('worker_threads');";
assert.strictEqual(exits(`${head} new BroadcastChannel('a');`, 400), false);
assert.strictEqual(exits(`${head} const c = new BroadcastChannel('a'); c.onmessage = () => {}; c.onmessage = null;`, 400), false);
assert.strictEqual(exits(`${head} new BroadcastChannel('a').unref().onmessage = () => {};`, 5000), true);
assert.strictEqual(exits(`${head} new BroadcastChannel('a').close();`, 5000), true);
assert.strictEqual(exits(`${head} new BroadcastChannel('a').unref().ref().unref();`, 5000), true);

const c1 = new BroadcastChannel('close-in-listener').unref();
const c2 = new BroadcastChannel('close-in-listener');
const c3 = new BroadcastChannel('close-in-listener');
const events = [];
c1.onmessage = common.mustNotCall();
c2.onmessage = (e) => events.push(`c2: ${e.data}`);
c2.addEventListener('message', common.mustCall(() => c2.close()));
c3.addEventListener('message', common.mustCall((e) => {
  events.push(`c3: ${e.data}`);
  if (e.data !== 'done') return;
  assert.deepStrictEqual(events, ['c2: first', 'c3: first', 'c3: done']);
  c3.close();
}, 2));
c1.postMessage('first');
c1.postMessage('done');
