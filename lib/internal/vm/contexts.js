'use strict';
// The contexts node:vm made: sandbox -> context global, and back (the second keeps
// the sandbox alive while its context lives: C holds it unprotected). Here so that
// other built-ins acting on a context (worker_threads.moveMessagePortToContext)
// find its global without node:vm's exports.

const globalOfSandbox = new WeakMap();
const sandboxOfGlobal = new WeakMap();

// The context global of what vm.createContext() returned (or of a context global
// itself), else undefined.
function globalOfContext(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const global = globalOfSandbox.get(value);
  if (global !== undefined) return global;
  return internalBinding('contextify').isContextGlobal(value) ? value : undefined;
}

module.exports = { globalOfContext, globalOfSandbox, sandboxOfGlobal };
