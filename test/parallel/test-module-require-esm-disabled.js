'use strict';
// --no-experimental-require-module gives back node 20's ERR_REQUIRE_ESM, with the
// message for each case (.mjs; .js with module syntax; .js of a type:module
// package without it).
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const dir = tmpdir.path;
fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
fs.writeFileSync(path.join(dir, 'esm.js'), 'export default 1;\n');
fs.writeFileSync(path.join(dir, 'plain.js'), 'console.log(1);\n');
fs.writeFileSync(path.join(dir, 'file.mjs'), 'export default 1;\n');
const from = path.join(dir, 'req.cjs');

function message(target) {
  fs.writeFileSync(from, `try { require('./${target}'); } catch (e) { console.log(e.code); console.log(e.message); }\n`);
  const r = run(['--no-experimental-require-module', from]);
  assert.strictEqual(r.stderr, '');
  return r.stdout;
}

assert.strictEqual(message('file.mjs'),
                   `ERR_REQUIRE_ESM\nrequire() of ES Module ${dir}/file.mjs from ${from} not supported.\n` +
                   `Instead change the require of ${dir}/file.mjs to a dynamic import() which is ` +
                   'available in all CommonJS modules.\n');
assert.strictEqual(message('esm.js'),
                   `ERR_REQUIRE_ESM\nrequire() of ES Module ${dir}/esm.js from ${from} not supported.\n` +
                   `Instead change the require of esm.js in ${from} to a dynamic import() which is ` +
                   'available in all CommonJS modules.\n');
assert.strictEqual(message('plain.js'),
                   `ERR_REQUIRE_ESM\nrequire() of ES Module ${dir}/plain.js from ${from} not supported.\n` +
                   'plain.js is treated as an ES module file as it is a .js file whose nearest parent ' +
                   'package.json contains "type": "module" which declares all .js files in that package ' +
                   'scope as ES modules.\nInstead either rename plain.js to end in .cjs, change the ' +
                   'requiring code to use dynamic import() which is available in all CommonJS modules, ' +
                   `or change "type": "module" to "type": "commonjs" in ${dir}/package.json to treat all ` +
                   '.js files as CommonJS (using .mjs for all ES modules instead).\n\n');
// Without the flag, require(esm) works.
fs.writeFileSync(from, "console.log(require('./esm.js').default);\n");
assert.strictEqual(run([from]).stdout, '1\n');

// A .js file outside any "type" scope that is detected as a module is not loaded as
// one either: the SyntaxError of compiling it as CommonJS stands.
const loose = path.join(dir, 'loose');
fs.mkdirSync(loose);
fs.writeFileSync(path.join(loose, 'package.json'), '{}');
fs.writeFileSync(path.join(loose, 'esm.js'), "export default 'module';\n");
const looseFrom = path.join(loose, 'req.js');
fs.writeFileSync(looseFrom, "try { require('./esm.js'); } catch (e) { console.log(e.name, e.message); }\n");
const r = run(['--no-experimental-require-module', looseFrom]);
assert.strictEqual(r.stdout, "SyntaxError Unexpected token 'export'\n");
