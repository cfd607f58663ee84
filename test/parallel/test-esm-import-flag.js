'use strict';
// --import loads ES modules (resolved from the working directory, in order, each
// awaited) after --require modules and before the entry point.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const dir = tmpdir.path;
fs.writeFileSync(path.join(dir, 'first.mjs'),
                 "await new Promise((resolve) => setTimeout(resolve, 10));\nconsole.log('first');\n");
fs.writeFileSync(path.join(dir, 'req.cjs'), "console.log('require');\n");
fs.writeFileSync(path.join(dir, 'main.cjs'), "console.log('main');\n");
const opts = { cwd: dir };

let r = run(['--import', './first.mjs', '--import', 'data:text/javascript,console.log("second")',
             '-r', './req.cjs', 'main.cjs'], opts);
assert.strictEqual(r.stdout, 'require\nfirst\nsecond\nmain\n', r.stderr);
r = run(['--import=./first.mjs', '-e', 'console.log("eval")'], opts);
assert.strictEqual(r.stdout, 'first\neval\n');

r = run(['--import', './missing.mjs', 'main.cjs'], opts);
assert.strictEqual(r.code, 1);
assert.strictEqual(r.stdout, '');
assert.match(r.stderr, /ERR_MODULE_NOT_FOUND/);
