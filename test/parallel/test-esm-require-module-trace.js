'use strict';
// --trace-require-module=all warns (once) when require() loads an ES module;
// =no-node-modules only when the require() comes from outside node_modules; any
// other value is refused with exit code 9.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const dir = tmpdir.path;
fs.mkdirSync(path.join(dir, 'node_modules', 'dep'), { recursive: true });
fs.writeFileSync(path.join(dir, 'esm.mjs'), "export const x = 'x';\n");
fs.writeFileSync(path.join(dir, 'main.cjs'),
                 "require('./esm.mjs'); require('dep'); console.log(require('./esm.mjs').x);\n");
fs.writeFileSync(path.join(dir, 'node_modules', 'dep', 'index.js'), "require('./esm.mjs');\n");
fs.writeFileSync(path.join(dir, 'node_modules', 'dep', 'esm.mjs'), 'export {};\n');
fs.writeFileSync(path.join(dir, 'dep-only.cjs'), "require('dep');\n");

const warning = `(node:PID) ExperimentalWarning: CommonJS module ${path.join(dir, 'main.cjs')} is loading ES ` +
  `Module ${path.join(dir, 'esm.mjs')} using require().\nSupport for loading ES Module in require() is an ` +
  'experimental feature and might change at any time\n';
const main = path.join(dir, 'main.cjs');
let r = run(['--trace-require-module=all', main]);
assert.strictEqual(r.stdout, 'x\n');
assert.strictEqual(r.stderr.replace(/\(node:\d+\)/, '(node:PID)').split('(Use')[0], warning);

r = run(['--trace-require-module=no-node-modules', path.join(dir, 'dep-only.cjs')]);
assert.strictEqual(r.stderr, '');
r = run(['--trace-require-module=all', path.join(dir, 'dep-only.cjs')]);
assert.match(r.stderr, /ExperimentalWarning: CommonJS module .*index\.js is loading ES Module/);

r = run(['--trace-require-module=1', main]);
assert.strictEqual(r.code, 9);
assert.match(r.stderr, /invalid value for --trace-require-module/);
assert.strictEqual(run([main]).stderr, '');
