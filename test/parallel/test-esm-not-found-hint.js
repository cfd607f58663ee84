'use strict';
// ERR_MODULE_NOT_FOUND and ERR_UNSUPPORTED_DIR_IMPORT suggest what CommonJS
// resolution would have found, as node does (looked up from the cwd).
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('../common/child');

const cwd = fixtures.path('esm');
for (const [input, hint] of [
  ['import "./pkgs/app/internal";', '"./pkgs/app/internal.js"'],
  ['import "./dir";', '"./dir/index.js"'],
  ['import "legacy/lib/main";', null],
]) {
  const r = run(['--input-type=module', '-e', input], { cwd });
  assert.notStrictEqual(r.code, 0);
  if (hint) assert.ok(r.stderr.includes(`\nDid you mean to import ${hint}?`), r.stderr);
}
// A file: URL of a directory is answered with the absolute path of the file.
const dir = fixtures.path('esm', 'dir');
const byURL = run(['--input-type=module', '-e', `import ${JSON.stringify(require('url').pathToFileURL(dir).href)};`],
                  { cwd });
assert.ok(byURL.stderr.includes(`\nDid you mean to import ${JSON.stringify(`${dir}/index.js`)}?`), byURL.stderr);
const r = run(['--input-type=module', '-e', 'import "dual/esm/feature";'], { cwd: require('../common/fixture-tree').materialize('esm', 'pkgs') });
assert.match(r.stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
