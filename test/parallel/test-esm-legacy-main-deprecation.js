'use strict';
// DEP0151: importing an ES module package whose main is found only by adding an
// extension or an index file warns; an exact "main" does not.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const cwd = tmpdir.path;
const pkg = path.join(cwd, 'node_modules', 'pkg');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'index.js'), "console.log('hello');\n");
const importPkg = (json) => {
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ type: 'module', ...json }));
  const r = run(['--input-type=module', '-e', 'import "pkg"'], { cwd });
  assert.strictEqual(r.stdout, 'hello\n', r.stderr);
  return r.stderr.replace(/\(node:\d+\) /, '').split('\n(Use')[0];
};

const from = path.join(cwd, '[eval1]');
assert.strictEqual(importPkg({}), `[DEP0151] DeprecationWarning: No "main" or "exports" field defined in the ` +
  `package.json for ${pkg}/ resolving the main entry point "index.js", imported from ${from}.\n` +
  'Default "index" lookups for the main are deprecated for ES modules.');
assert.strictEqual(importPkg({ main: './index' }), `[DEP0151] DeprecationWarning: Package ${pkg}/ has a ` +
  `"main" field set to "./index", excluding the full filename and extension to the resolved file at ` +
  `"index.js", imported from ${from}.\n Automatic extension resolution of the "main" field is deprecated ` +
  'for ES modules.');
assert.strictEqual(importPkg({ main: './index.js' }), '');
