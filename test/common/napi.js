'use strict';

// Loads a Node-API test addon built by `make` from test/fixtures/napi/NAME.c into
// build/napi-fixtures/NAME.node (the same file loads in node 24: the header has
// node's ABI). Skips the test when the addon was not built.
const fs = require('fs');
const path = require('path');
const common = require('./');

function loadAddon(name) {
  const file = path.join(__dirname, '..', '..', 'build', 'napi-fixtures', `${name}.node`);
  if (!fs.existsSync(file)) common.skip(`${name}.node is not built (run make)`);
  const module = { exports: {} };
  process.dlopen(module, file);
  return module.exports;
}

module.exports = { loadAddon };
