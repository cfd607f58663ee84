'use strict';
// Specifiers are URLs: '%25' is '%', a space is itself, '#' starts a fragment, in a
// relative path and in a package subpath alike. A file whose name holds those
// characters is imported by its percent-encoded URL, which the not-found hint spells;
// a file: URL with a host is refused, naming it and its importer.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const cwd = tmpdir.path;
const odd = 'a%25b c#';
fs.mkdirSync(path.join(cwd, odd));
fs.writeFileSync(path.join(cwd, odd, 'x.mjs'), "console.log('x');\n");
fs.mkdirSync(path.join(cwd, 'node_modules', 'pkg', odd), { recursive: true });
fs.writeFileSync(path.join(cwd, 'node_modules', 'pkg', odd, 'y.js'), "console.log('y');\n");
const importing = (specifier) => run(['--input-type=module', '-e', `import ${JSON.stringify(specifier)};`],
                                     { cwd });

let r = importing(`./${odd}/x.mjs`);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.includes('Did you mean to import "./a%2525b%20c%23/x.mjs"?'), r.stderr);
assert.strictEqual(importing('./a%2525b%20c%23/x.mjs').stdout, 'x\n');

r = importing(`pkg/${odd}/y.js`);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.includes('Did you mean to import "pkg/a%2525b%20c%23/y.js"?'), r.stderr);
r = importing('pkg/a%2525b%20c%23/y.js');
assert.strictEqual(r.stdout, 'y\n', r.stderr);

// A file: URL with a host names the URL and the importing module in its error.
fs.writeFileSync(path.join(cwd, 'host.mjs'), "import 'file://hmm.js';\n");
r = run([path.join(cwd, 'host.mjs')]);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /TypeError \[ERR_INVALID_FILE_URL_HOST\]: File URL host must be "localhost" or empty on linux/);
assert.ok(r.stderr.includes("input: 'file://hmm.js/'"), r.stderr);
assert.ok(r.stderr.includes(`module: '${require('url').pathToFileURL(path.join(cwd, 'host.mjs'))}'`), r.stderr);
