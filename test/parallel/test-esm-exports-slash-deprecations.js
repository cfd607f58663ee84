'use strict';
// DEP0166 and DEP0155 from the package "exports"/"imports" resolver: an empty
// segment in a target (".//x.js") or in the request warns "double slash", a
// pattern matched by a request ending in '/' warns once per package and request.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'node_modules', 'slashy');
fs.mkdirSync(path.join(pkg, 'sub'), { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  exports: {
    './double': './/a.js',
    './sub/*': './sub/*.js',
    './trail*': './sub/*index.js',
  },
  imports: { '#in/*.x': './sub/b.js' },
}));
fs.writeFileSync(path.join(pkg, 'a.js'), 'module.exports = "a";');
fs.writeFileSync(path.join(pkg, 'sub', 'b.js'), 'module.exports = "b";');
fs.writeFileSync(path.join(pkg, 'sub', 'index.js'), 'module.exports = "i";');
fs.writeFileSync(path.join(pkg, 'user.js'), 'module.exports = require("#in//y.x");');
const at = `the package at ${pkg}${path.sep}package.json`;

const seen = [];
process.on('warning', (w) => seen.push(`${w.code} ${w.message}`));
const req = require('module').createRequire(path.join(tmpdir.path, 'main.js'));

assert.strictEqual(req('slashy/double'), 'a');
assert.strictEqual(req('slashy/sub//b'), 'b');
assert.strictEqual(require(path.join(pkg, 'user.js')), 'b');
assert.strictEqual(req('slashy/trail/'), 'i');
assert.strictEqual(req('slashy/trail/'), 'i');

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    `DEP0166 Use of deprecated double slash resolving ".//a.js" for module request "./double" in the "exports" field module resolution of ${at}.`,
    `DEP0166 Use of deprecated double slash resolving "./sub//b.js" for module request "./sub//b" matched to "./sub/*" in the "exports" field module resolution of ${at}.`,
    `DEP0166 Use of deprecated double slash resolving "./sub/b.js" for module request "#in//y.x" matched to "#in/*.x" in the "imports" field module resolution of ${at} imported from ${pkg}${path.sep}user.js.`,
    `DEP0155 Use of deprecated trailing slash pattern mapping "./trail/" in the "exports" field module resolution of ${at}. Mapping specifiers ending in "/" is no longer supported.`,
  ]);
}));
