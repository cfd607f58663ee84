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

module.exports = Module;
