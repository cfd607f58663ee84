'use strict';
// A .js file of no declared type that declares a CommonJS wrapper variable at top
// level (`const require = ...`) cannot be CommonJS, so it runs as an ES module,
// where using `exports` then fails as node reports it.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const cases = {
  'const-require.js': "const require = () => 'mine'; console.log(typeof import.meta, require());",
  'let-module.js': "let module = 1; console.log(typeof import.meta, module);",
  'class-exports.js': 'class exports {} console.log(typeof import.meta, typeof exports);',
  'const-filename.js': "const __filename = 'f'; console.log(typeof import.meta, __filename);",
};
for (const [name, source] of Object.entries(cases)) {
  fs.writeFileSync(path.join(tmpdir.path, name), `${source}\n`);
}
assert.strictEqual(run([path.join(tmpdir.path, 'const-require.js')]).stdout, 'object mine\n');
assert.strictEqual(run([path.join(tmpdir.path, 'let-module.js')]).stdout, 'object 1\n');
assert.strictEqual(run([path.join(tmpdir.path, 'class-exports.js')]).stdout, 'object function\n');
assert.strictEqual(run([path.join(tmpdir.path, 'const-filename.js')]).stdout, 'object f\n');

// Required, it is an ES module too: `exports` is not defined there.
fs.writeFileSync(path.join(tmpdir.path, 'uses-exports.js'),
                 "Object.defineProperty(exports, '__esModule', { value: true });\nconst require = 1;\n");
assert.throws(() => require(path.join(tmpdir.path, 'uses-exports.js')), {
  name: 'ReferenceError',
  message: 'exports is not defined in ES module scope',
});
