'use strict';
// worker_threads.threadName is '' on the main thread and the worker's `name`
// (default 'WorkerThread') inside it; worker.threadName is the same until exit,
// then null. A filename that is neither a string nor a URL is a type error.
const common = require('../common');
const assert = require('assert');
const { Worker, threadName, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.postMessage(threadName);
  return;
}

assert.strictEqual(threadName, '');
for (const [name, expected] of [[undefined, 'WorkerThread'], ['named', 'named']]) {
  const w = new Worker(__filename, { name });
  assert.strictEqual(w.threadName, expected);
  w.on('message', common.mustCall((inside) => assert.strictEqual(inside, expected)));
  w.on('exit', common.mustCall(() => assert.strictEqual(w.threadName, null)));
}
assert.throws(() => new Worker(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "filename" argument must be of type string or an instance of URL. ' +
           'Received type number (42)',
});
