'use strict';
// Loading packages and modules reads package.json fields as own properties only,
// and never assigns a property the program has put a setter for on
// Object.prototype (name, main, type, exports, imports).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'node_modules', 'no-main');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), '{ "version": "1.0.0" }');
fs.writeFileSync(path.join(pkg, 'index.js'), "module.exports = 'no main field';\n");
fs.writeFileSync(path.join(tmpdir.path, 'entry.mjs'),
                 "import noMain from 'no-main';\nimport 'node:os';\nexport { noMain };\n");

const { Channel } = require('diagnostics_channel');
for (const key of ['name', 'main', 'type', 'exports', 'imports']) {
  const set = common.mustNotCall(`set %Object.prototype%.${key}`);
  Object.defineProperty(Object.prototype, key, {
    __proto__: null,
    get: common.mustNotCall(`get %Object.prototype%.${key}`),
    // node's loader makes diagnostics channels, which set their own name.
    set(value) {
      if (!(this instanceof Channel)) set(value);
    },
    enumerable: false,
    configurable: true,
  });
}

assert.strictEqual(require(pkg), 'no main field');
import(pathToFileURL(path.join(tmpdir.path, 'entry.mjs')).href)
  .then(common.mustCall((ns) => assert.strictEqual(ns.noMain, 'no main field')));
