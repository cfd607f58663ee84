'use strict';
// Module syntax where a script is expected (a .cjs file, --input-type=commonjs)
// fails with node's SyntaxError messages; for a file, node's hint about
// "type": "module" comes first, as a warning.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const cases = [
  ['import fs from "node:fs";', 'Cannot use import statement outside a module'],
  ['import "node:fs";', 'Cannot use import statement outside a module'],
  ['console.log(import.meta.url);', "Cannot use 'import.meta' outside a module"],
  ['export default 1;', "Unexpected token 'export'"],
];
tmpdir.refresh();
process.removeAllListeners('warning'); // counted below, not printed
for (const [source, message] of cases) {
  let r = run(['--input-type=commonjs', '-e', source]);
  assert.strictEqual(r.code, 1);
  assert.ok(r.stderr.includes(`\nSyntaxError: ${message}\n`), r.stderr);
  assert.doesNotMatch(r.stderr, /Failed to load the ES module/);
  const file = path.join(tmpdir.path, 'script.cjs');
  fs.writeFileSync(file, `${source}\n`);
  r = run([file]);
  assert.strictEqual(r.code, 1);
  assert.ok(r.stderr.includes(`\nSyntaxError: ${message}\n`), r.stderr);
  assert.match(r.stderr, /^\(node:\d+\) Warning: Failed to load the ES module: /);
  assert.ok(r.stderr.includes(`Failed to load the ES module: ${file}. Make sure to set "type": ` +
                              '"module" in the nearest package.json file or use the .mjs extension.\n'));
  process.once('warning', common.mustCall());
  assert.throws(() => require(file), { name: 'SyntaxError', message });
  delete require.cache[file];
}
