'use strict';
// A .js file with module syntax under a package.json without "type" runs as an
// ES module, and node's MODULE_TYPELESS_PACKAGE_JSON warning says so once per
// package.json (not for require(), nor without a package.json);
// --no-experimental-detect-module keeps it CommonJS.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'pkg');
const loose = path.join(tmpdir.path, 'loose');
fs.mkdirSync(pkg);
fs.mkdirSync(loose);
fs.writeFileSync(path.join(pkg, 'package.json'), '{ "name": "typeless" }');
for (const dir of [pkg, loose]) {
  fs.writeFileSync(path.join(dir, 'a.js'), "import './b.js';\nconsole.log('a');\n");
  fs.writeFileSync(path.join(dir, 'b.js'), "export {};\nconsole.log('b');\n");
}
const warning = `[MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of ${pathToFileURL(path.join(pkg, 'a.js'))} ` +
  "is not specified and it doesn't parse as CommonJS.\nReparsing as ES module because module syntax " +
  'was detected. This incurs a performance overhead.\nTo eliminate this warning, add "type": ' +
  `"module" to ${path.join(pkg, 'package.json')}.\n`;

let r = run([path.join(pkg, 'a.js')]);
assert.strictEqual(r.stdout, 'b\na\n');
assert.strictEqual(r.stderr.split('MODULE_TYPELESS_PACKAGE_JSON').length, 2, r.stderr);
assert.ok(r.stderr.includes(warning), r.stderr);

r = run([path.join(loose, 'a.js')]);
assert.strictEqual(r.stdout, 'b\na\n');
assert.strictEqual(r.stderr, '');

r = run(['-e', `require(${JSON.stringify(path.join(pkg, 'b.js'))})`]);
assert.strictEqual(r.stdout, 'b\n');
assert.strictEqual(r.stderr, '');

r = run(['--no-experimental-detect-module', path.join(pkg, 'a.js')]);
assert.strictEqual(r.code, 1);
assert.match(r.stderr, /SyntaxError/);
