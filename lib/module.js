'use strict';
// node:module: the CommonJS Module class, plus the module APIs of node 24 that
// touch ES modules (registerHooks, findPackageJSON) and the compile cache API.

const { Module } = require('internal/modules/cjs/loader');
const { defineLazyProperty } = require('internal/util/lazy_property');

// Synchronous resolve/load hooks for import (node's module.registerHooks).
Module.registerHooks = function registerHooks(hooks) {
  return require('internal/modules/esm/loader').registerHooks(hooks);
};

Module.findPackageJSON = function findPackageJSON(specifier, base) {
  return require('internal/modules/esm/package_json').findPackageJSON(specifier, base);
};

Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return require('internal/modules/source_maps').getSourceMapsSupport();
};
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options) {
  require('internal/modules/source_maps').setSourceMapsSupport(enabled, options);
};
Module.findSourceMap = function findSourceMap(path) {
  return require('internal/modules/source_maps').findSourceMap(path);
};
defineLazyProperty(Module, 'SourceMap', () => require('internal/source_map/source_map').SourceMap);

// Asynchronous resolve/load hooks (node runs them on a loader thread; eddy on the
// main thread, for import only: see internal/modules/esm/hooks_async).
Module.register = function register(specifier, parentURL, options) {
  require('internal/modules/esm/loader').useAsyncHooks().register(specifier, parentURL, options);
};

// eddy compiles from source every time: JSC's C API offers no bytecode cache. The
// API is accepted so programs that turn the cache on run unchanged.
const compileCacheStatus = Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });
Module.enableCompileCache = function enableCompileCache() {
  return { status: compileCacheStatus.DISABLED, message: 'eddy has no compile cache' };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};
Module.flushCompileCache = function flushCompileCache() {};

// Loads each request as node's -r preloads load (from the working directory, with
// module.isPreloading true); anything but an array is ignored, as in node.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  require('internal/main/run_main').preload(requests);
};

// Module._readPackage(dir): the fields of dir/package.json the loader uses, in node's
// shape. It is a loader internal that some tools still read or replace, so it is a
// non-enumerable, assignable property.
Object.defineProperty(Module, '_readPackage', {
  value: function _readPackage(dir) {
    const pjsonPath = require('path').resolve(dir, 'package.json');
    const pkg = require('internal/modules/package_json_reader').read(pjsonPath);
    if (pkg === undefined) return { __proto__: null, type: 'none', exists: false, pjsonPath };
    const result = { __proto__: null };
    if (pkg.name !== undefined) result.name = pkg.name;
    if (pkg.main !== undefined) result.main = pkg.main;
    result.type = pkg.type;
    if (pkg.imports != null) result.imports = pkg.imports;
    if (pkg.exports != null) result.exports = pkg.exports;
    result.exists = true;
    result.pjsonPath = pjsonPath;
    return result;
  },
  writable: true,
  configurable: true,
});

module.exports = Module;
