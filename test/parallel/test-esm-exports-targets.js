'use strict';
// Package "exports" targets are URL paths: "./sp%20ce.js" names the file "sp ce.js"
// and an encoded separator (%2F, %5C) is refused; a pattern's match is put in as
// written (a "$$" in it is not a replacement pattern). For require() and import alike.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

tmpdir.refresh();
const pkg = path.join(tmpdir.path, 'node_modules', 'targets');
fs.mkdirSync(path.join(pkg, 'lib'), { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  exports: { './space': './sp%20ce.js', './p/*': './lib/*.js' },
}));
fs.writeFileSync(path.join(pkg, 'sp ce.js'), "module.exports = 'space';\n");
fs.writeFileSync(path.join(pkg, 'lib', '$$.js'), "module.exports = 'dollars';\n");
fs.writeFileSync(path.join(tmpdir.path, 'main.js'), '');

const parent = path.join(tmpdir.path, 'main.js');
const req = require('module').createRequire(parent);
assert.strictEqual(req('targets/space'), 'space');
assert.strictEqual(req('targets/p/$$'), 'dollars');
assert.strictEqual(req.resolve('targets/p/$$'), path.join(pkg, 'lib', '$$.js'));
assert.throws(() => req('targets/p/..%2F..%2Fx'), { code: 'ERR_INVALID_MODULE_SPECIFIER' });
assert.throws(() => req('targets/p/..%5cx'), { code: 'ERR_INVALID_MODULE_SPECIFIER' });

fs.writeFileSync(path.join(tmpdir.path, 'esm.mjs'),
                 "export { default as a } from 'targets/space';\nexport { default as b } from 'targets/p/$$';\n");
import(pathToFileURL(path.join(tmpdir.path, 'esm.mjs')).href).then(common.mustCall(({ a, b }) => {
  assert.strictEqual(a, 'space');
  assert.strictEqual(b, 'dollars');
  return assert.rejects(import(pathToFileURL(parent).href.replace('main.js', 'bad.mjs')),
                        { code: 'ERR_INVALID_MODULE_SPECIFIER' });
})).then(common.mustCall());
fs.writeFileSync(path.join(tmpdir.path, 'bad.mjs'), "import 'targets/p/..%2Fx';\n");
