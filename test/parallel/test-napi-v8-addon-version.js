'use strict';
// An addon built on V8's C++ API registers itself through node_module_register while
// it loads. One built for another node (here NODE_MODULE_VERSION 115) is refused with
// node's ERR_DLOPEN_FAILED message naming both versions, and the process goes on
// (eddy ended with "symbol lookup error", exit 127, at the registration call).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, '..', '..', 'build', 'napi-fixtures', 'v8abi.node');
if (!fs.existsSync(file)) common.skip('v8abi.node is not built (run make)');

assert.strictEqual(process.versions.modules, '137');
for (const load of [() => process.dlopen({ exports: {} }, file), () => require(file)]) {
  assert.throws(load, {
    name: 'Error',
    code: 'ERR_DLOPEN_FAILED',
    message: `The module '${file}'\nwas compiled against a different Node.js version using\n` +
      'NODE_MODULE_VERSION 115. This version of Node.js requires\n' +
      'NODE_MODULE_VERSION 137. Please try re-compiling or re-installing\n' +
      'the module (for instance, using `npm rebuild` or `npm install`).',
  });
}
