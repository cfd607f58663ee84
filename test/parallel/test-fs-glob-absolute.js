'use strict';
// fs.globSync with absolute and relative patterns together: relative patterns
// give paths relative to cwd, absolute ones absolute paths.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
fs.mkdirSync(path.join(tmpdir.path, 'd', 'e'), { recursive: true });
for (const f of ['d/a.js', 'd/b.txt', 'd/e/c.js']) fs.writeFileSync(path.join(tmpdir.path, f), '');
const abs = path.join(tmpdir.path, 'd');
assert.deepStrictEqual(fs.globSync(['d/*.js', `${abs}/**/*.js`], { cwd: tmpdir.path }).sort(), [
  `${abs}/a.js`, `${abs}/e/c.js`, 'd/a.js',
]);
assert.deepStrictEqual(fs.globSync(`${tmpdir.path}/d/e/*`), [`${abs}/e/c.js`]);
