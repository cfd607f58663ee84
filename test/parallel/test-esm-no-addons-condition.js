'use strict';
// The "node-addons" export condition holds for import and require() unless
// --no-addons is given (on the command line or in a worker's execArgv).
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const cwd = tmpdir.path;
const pkg = path.join(cwd, 'node_modules', 'addons');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  exports: { 'node-addons': './with.js', 'default': './without.js' },
}));
fs.writeFileSync(path.join(pkg, 'with.js'), "module.exports = 'with';\n");
fs.writeFileSync(path.join(pkg, 'without.js'), "module.exports = 'without';\n");
fs.writeFileSync(path.join(cwd, 'main.mjs'), `
import value from 'addons';
import { createRequire } from 'node:module';
import { Worker, isMainThread } from 'node:worker_threads';
console.log(value, createRequire(import.meta.url)('addons'));
if (isMainThread && process.argv[2] === 'worker') {
  new Worker(new URL(import.meta.url), { execArgv: ['--no-addons'] });
}
`);

const main = path.join(cwd, 'main.mjs');
assert.strictEqual(run([main]).stdout, 'with with\n');
assert.strictEqual(run(['--no-addons', main]).stdout, 'without without\n');
assert.strictEqual(run([main, 'worker']).stdout, 'with with\nwithout without\n');
