'use strict';
// A module with more import and export entries than the loader's transform buffer
// holds (512) links as any other: every binding, imported and re-exported.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const n = 700;
let lib = '';
for (let i = 0; i < n; i++) lib += `export const e${i} = ${i};\n`;
fs.writeFileSync(path.join(tmpdir.path, 'lib.mjs'), lib);
const names = Array.from({ length: n }, (_, i) => `e${i}`);
fs.writeFileSync(path.join(tmpdir.path, 'main.mjs'),
                 `import { ${names.join(', ')} } from './lib.mjs';\n` +
                 `export const sum = ${names.join(' + ')};\nexport { ${names.join(', ')} };\n`);

import(pathToFileURL(path.join(tmpdir.path, 'main.mjs')).href).then(common.mustCall((ns) => {
  assert.strictEqual(ns.sum, (n * (n - 1)) / 2);
  assert.strictEqual(Object.keys(ns).length, n + 1);
  assert.strictEqual(ns.e699, 699);
}));
