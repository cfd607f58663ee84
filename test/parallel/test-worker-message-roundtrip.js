'use strict';
// A Worker runs this file on its own thread: isMainThread, threadId, workerData
// (structured clone: Map, Date, undefined, -0, BigInt, cycles), 'online',
// messages both ways, then 'exit' with code 0 once parentPort closes.
const common = require('../common');
const assert = require('node:assert');
const { Worker, isMainThread, parentPort, workerData, threadId } = require('node:worker_threads');

if (isMainThread) {
  assert.strictEqual(threadId, 0);
  const cyclic = { name: 'c' };
  cyclic.self = cyclic;
  const worker = new Worker(__filename, {
    workerData: { map: new Map([[1, 'one']]), date: new Date(5), u: undefined, z: -0, big: 10n, cyclic, bytes: new Uint8Array([1, 2, 3]) },
  });
  const id = worker.threadId;
  assert.ok(id > 0);
  worker.on('online', common.mustCall());
  const got = [];
  worker.on('message', common.mustCall((m) => {
    got.push(m);
    if (got.length === 1) worker.postMessage({ reply: m.count + 1 });
  }, 2));
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(got, [{ count: 1, threadId: id }, 'got 2']);
    // After exit the worker has no thread.
    assert.strictEqual(worker.threadId, -1);
  }));
} else {
  assert.strictEqual(isMainThread, false);
  assert.ok(workerData.map instanceof Map);
  assert.strictEqual(workerData.map.get(1), 'one');
  assert.strictEqual(workerData.date.getTime(), 5);
  assert.ok('u' in workerData);
  assert.ok(Object.is(workerData.z, -0));
  assert.strictEqual(workerData.big, 10n);
  assert.strictEqual(workerData.cyclic.self, workerData.cyclic);
  assert.deepStrictEqual([...workerData.bytes], [1, 2, 3]);
  parentPort.postMessage({ count: 1, threadId });
  parentPort.once('message', (m) => {
    parentPort.postMessage(`got ${m.reply}`);
    parentPort.close();
  });
}
