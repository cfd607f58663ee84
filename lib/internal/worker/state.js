'use strict';
// What worker_threads reports about the current thread. The main thread's values
// are the defaults; internal/main/worker_thread.js fills them in a worker.

const binding = internalBinding('worker');

const state = {
  isMainThread: binding.isMainThread,
  threadId: binding.threadId,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  threadName: '',
  environmentData: new Map(),
  // A worker's: reports an error nobody handled to the parent (see
  // internal/process/execution.js), or null.
  fatalHook: null,
};

module.exports = state;
