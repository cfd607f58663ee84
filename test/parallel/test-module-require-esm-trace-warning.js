'use strict';
// --trace-require-module with --trace-warnings: the trace of require(esm)'s
// warning starts at the require() call (the `require` of node:internal/modules/helpers),
// then the requiring module's line.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const esm = path.join(tmpdir.path, 'esm.mjs');
const cjs = path.join(tmpdir.path, 'main.js');
fs.writeFileSync(esm, 'export const x = 1;\n');
fs.writeFileSync(cjs, "const { x } = require('./esm.mjs');\nconsole.log(x);\n");
const r = run(['--trace-warnings', '--trace-require-module=all', cjs]);
assert.strictEqual(r.code, 0);
assert.strictEqual(r.stdout, '1\n');
const lines = r.stderr.split('\n');
assert.match(lines[0], /ExperimentalWarning: CommonJS module .*main\.js is loading ES Module .*esm\.mjs using require\(\)\.$/);
assert.match(lines[2], /^ {4}at require \(node:internal\/modules\/helpers:\d+:\d+\)$/);
assert.strictEqual(lines[3], `    at Object.<anonymous> (${cjs}:1:15)`);
