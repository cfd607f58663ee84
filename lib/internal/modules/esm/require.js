'use strict';
// require() of an ES module (node 22+): the graph is loaded, linked and evaluated
// synchronously; one that awaits at top level throws ERR_REQUIRE_ASYNC_MODULE.

const loader = require('internal/modules/esm/loader');
const { makeNamespace } = require('internal/modules/esm/namespace');

// What require() returns for a namespace: the 'module.exports' export when there
// is one; otherwise the namespace, marked __esModule when it has a default export
// so code compiled from ESM to CommonJS finds it.
function exportsForRequire(ns) {
  if ('module.exports' in ns) return ns['module.exports'];
  if (!('default' in ns) || '__esModule' in ns) return ns;
  const names = ['__esModule', ...Object.keys(ns)].sort();
  return makeNamespace(names, (name) => (name === '__esModule' ? () => true : () => ns[name]));
}

// --trace-require-module=all|no-node-modules: node's experimental warning, once,
// for require() of an ES module (with no-node-modules, from outside node_modules).
let traced = false;
function traceRequireModule(filename, parentFilename) {
  if (traced) return;
  const mode = require('internal/options').getOptionValues('--trace-require-module').at(-1);
  if (mode === undefined) return;
  if (mode === 'no-node-modules' && /[\\/]node_modules[\\/]/.test(parentFilename ?? '')) return;
  traced = true;
  // The trace starts at the require() call, as node's (frames above
  // Module.prototype.require are the loader's).
  const { Module } = require('internal/modules/cjs/loader');
  process.emitWarning(`CommonJS module ${parentFilename} is loading ES Module ${filename} using require().\n` +
    'Support for loading ES Module in require() is an experimental feature and might change at any time',
    'ExperimentalWarning', undefined, Module.prototype.require);
}

let requireModuleFlag;
function requireESM(module, filename, parentFilename) {
  requireModuleFlag ??= require('internal/options').getOptionValue('--experimental-require-module', true);
  if (!requireModuleFlag) {
    // --no-experimental-require-module: node before 22.12.
    const { hasModuleSyntax } = require('internal/modules/esm/transform');
    const source = internalBinding('fs').readFileUtf8(filename);
    const pkg = require('internal/modules/package_json_reader').getPackageScopeConfig(filename);
    const { codes } = require('internal/errors');
    throw new codes.ERR_REQUIRE_ESM(filename, typeof source === 'string' && hasModuleSyntax(source),
                                    parentFilename, pkg?.pjsonPath);
  }
  traceRequireModule(filename, parentFilename);
  const { esmBeingRequired } = require('internal/modules/cjs/loader');
  esmBeingRequired.add(module);
  try {
    module.exports = exportsForRequire(loader.requireModule(filename, parentFilename));
  } finally {
    esmBeingRequired.delete(module);
  }
}

module.exports = { requireESM, exportsForRequire };
