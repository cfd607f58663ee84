'use strict';
// --entry-url: the entry point is a URL (a relative one against the working
// directory; query and fragment kept; data: URLs too), loaded as an import, with
// node's experimental warning. A percent-escape is decoded, as in any URL.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const cwd = tmpdir.path;
fs.writeFileSync(path.join(cwd, 'main.mjs'), 'console.log(new URL(import.meta.url).search);\n');
fs.writeFileSync(path.join(cwd, 'a b.cjs'), "console.log('cjs', require.main === module);\n");
fs.writeFileSync(path.join(cwd, 'x%20y.mjs'), "console.log('literal');\n");

let r = run(['--entry-url', 'main.mjs?key=value#hash'], { cwd });
assert.strictEqual(r.stdout, '?key=value\n', r.stderr);
assert.match(r.stderr, /ExperimentalWarning: --entry-url is an experimental feature and might change at any time/);
r = run(['--no-warnings', '--entry-url', './a%20b.cjs'], { cwd });
assert.strictEqual(r.stdout, 'cjs true\n', r.stderr);
r = run(['--no-warnings', '--entry-url', 'data:text/javascript,console.log(import.meta.url.length)']);
assert.strictEqual(r.stdout, '56\n', r.stderr);
r = run(['--no-warnings', '--entry-url', './x%20y.mjs'], { cwd });
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /ERR_MODULE_NOT_FOUND/);
