'use strict';
// module.findPackageJSON(name, base) gives the package.json of the package found
// under that name in node_modules, even when its "main" points into another
// package's folder (whose own package.json is nearer to the file).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { findPackageJSON } = require('module');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const modules = path.join(tmpdir.path, 'node_modules');
fs.mkdirSync(path.join(modules, 'real', 'lib'), { recursive: true });
fs.mkdirSync(path.join(modules, 'alias'));
fs.writeFileSync(path.join(modules, 'real', 'package.json'), JSON.stringify({ name: 'real', main: 'lib/index.js' }));
fs.writeFileSync(path.join(modules, 'real', 'lib', 'package.json'), JSON.stringify({ type: 'commonjs' }));
fs.writeFileSync(path.join(modules, 'real', 'lib', 'index.js'), '');
fs.writeFileSync(path.join(modules, 'alias', 'package.json'),
                 JSON.stringify({ name: 'real', main: path.join(modules, 'real', 'lib', 'index.js') }));

const base = pathToFileURL(path.join(tmpdir.path, 'entry.js'));
assert.strictEqual(findPackageJSON('alias', base), path.join(modules, 'alias', 'package.json'));
assert.strictEqual(findPackageJSON('real', base), path.join(modules, 'real', 'package.json'));
