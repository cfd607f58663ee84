'use strict';
// require() of a graph with top-level await throws ERR_REQUIRE_ASYNC_MODULE;
// with --experimental-print-required-tla the graph runs first and each await is
// shown.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

tmpdir.refresh();
const mod = path.join(tmpdir.path, 'tla.mjs');
const main = path.join(tmpdir.path, 'main.cjs');
fs.writeFileSync(mod, "console.log('ran');\nconst x =   await Promise.resolve(1);\n");
fs.writeFileSync(main, "require('./tla.mjs');\n");

let r = run([main]);
assert.strictEqual(r.code, 1);
assert.strictEqual(r.stdout, '');
assert.match(r.stderr, /ERR_REQUIRE_ASYNC_MODULE/);
assert.match(r.stderr, new RegExp(`\\n  From ${main} \\n  Requiring ${mod} \\n`));

r = run(['--experimental-print-required-tla', main]);
assert.strictEqual(r.code, 1);
assert.strictEqual(r.stdout, 'ran\n');
assert.ok(r.stderr.startsWith(`Error: unexpected top-level await at ${pathToFileURL(mod)}:2\n` +
                              'const x =   await Promise.resolve(1);\n            ^\n'), r.stderr);
assert.match(r.stderr, /require\(\) cannot be used on an ESM graph with top-level await/);
