'use strict';
// --test-global-setup=FILE (run({ globalSetupPath })): FILE is imported (ESM or
// CommonJS) and its globalSetup() runs once before any test, its globalTeardown()
// once after all of them, in the process that runs the run (never in the
// per-file processes).

async function loadGlobalHooks(file) {
  const path = require('path');
  const { pathToFileURL } = require('internal/url');
  const { importModule } = require('internal/modules/esm/loader');
  const ns = await importModule(pathToFileURL(path.resolve(file)).href, pathToFileURL(`${process.cwd()}/`).href);
  // Named exports only, as node reads them (for CommonJS, the names an
  // `module.exports = { globalSetup, globalTeardown }` makes visible to import).
  const pick = (name) => (typeof ns[name] === 'function' ? ns[name] : undefined);
  return { globalSetup: pick('globalSetup'), globalTeardown: pick('globalTeardown') };
}

// Loads FILE and runs its globalSetup; resolves with the teardown to run later.
async function runGlobalSetup(file) {
  const hooks = await loadGlobalHooks(file);
  if (hooks.globalSetup) await hooks.globalSetup();
  return hooks.globalTeardown ?? null;
}

module.exports = { runGlobalSetup };
