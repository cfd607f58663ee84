'use strict';
// Helpers of the CommonJS loader that node keeps in a file of this name: the
// `require` function each module gets (stack frames through it read
// `require (node:internal/modules/helpers:…)`, as in node).

const { validateString } = require('internal/validators');

function makeRequireFunction(mod, Module) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', {
    get() { return process.mainModule; },
    set(value) { Object.defineProperty(require, 'main', { value, writable: true, configurable: true, enumerable: true }); },
    enumerable: true,
    configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

module.exports = { makeRequireFunction };
