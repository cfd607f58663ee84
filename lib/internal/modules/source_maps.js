'use strict';
// The source-map settings of node 24: module.setSourceMapsSupport(),
// process.setSourceMapsEnabled() and --enable-source-maps. eddy keeps the
// settings so programs read back what they set; it does not yet rewrite stack
// traces through source maps (README, differences).

const { validateBoolean, validateObject } = require('internal/validators');

let state;
function current() {
  if (state === undefined) {
    const on = require('internal/options').getOptionValue('--enable-source-maps');
    state = { enabled: on, nodeModules: on, generatedCode: on };
  }
  return state;
}

function getSourceMapsSupport() {
  const { enabled, nodeModules, generatedCode } = current();
  return { __proto__: null, enabled, nodeModules, generatedCode };
}

function setSourceMapsSupport(enabled, options = {}) {
  validateBoolean(enabled, 'enabled');
  validateObject(options, 'options');
  const { nodeModules = false, generatedCode = false } = options;
  validateBoolean(nodeModules, 'options.nodeModules');
  validateBoolean(generatedCode, 'options.generatedCode');
  state = { enabled, nodeModules, generatedCode };
}

// process.setSourceMapsEnabled(value): all or nothing.
function setSourceMapsEnabled(value) {
  validateBoolean(value, 'enabled');
  setSourceMapsSupport(value, { nodeModules: true, generatedCode: true });
}

module.exports = { getSourceMapsSupport, setSourceMapsSupport, setSourceMapsEnabled };
