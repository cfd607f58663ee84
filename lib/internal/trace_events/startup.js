'use strict';
// What a thread records when it starts while the process traces, as node does: its
// name (a worker's is "[worker <threadId>] <name>"), and on the main thread the
// process's metadata (its title, node's version, the versions, platform and
// release); then node.async_hooks spans when that category is on.

const { trace } = require('internal/trace_events/state');

// The process's title, again whenever process.title changes.
function traceTitle() {
  trace('M', '__metadata', 'process_name', undefined, { name: process.title });
}

function startMainThread() {
  traceTitle();
  trace('M', '__metadata', 'version', undefined, { node: process.versions.node });
  const { versions, arch, platform, release } = process;
  trace('M', '__metadata', 'node', undefined, { process: { versions, arch, platform, release } });
  require('internal/trace_events/async_hooks').refresh();
}

function startWorker(threadId, name) {
  internalBinding('trace_events').nameThread(`[worker ${threadId}] ${name}`);
  require('internal/trace_events/async_hooks').refresh();
}

module.exports = { startMainThread, startWorker, traceTitle };
