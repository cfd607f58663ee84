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

function requireESM(module, filename) {
  module.exports = exportsForRequire(loader.requireModule(filename, module.parent?.filename));
}

module.exports = { requireESM, exportsForRequire };
