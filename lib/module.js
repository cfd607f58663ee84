'use strict';
// node:module: the CommonJS Module class, plus the module APIs of node 24 that
// touch ES modules (registerHooks, findPackageJSON) and the compile cache API.

const { Module } = require('internal/modules/cjs/loader');

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

// module.register() installs asynchronous hooks on a loader thread, which eddy
// does not have: it says so when called (registerHooks is the synchronous API).
Module.register = function register() {
  const { codes } = require('internal/errors');
  throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('module.register() (use module.registerHooks())');
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
