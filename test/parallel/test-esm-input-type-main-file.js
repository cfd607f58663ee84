'use strict';
// --input-type applies to -e, -p and stdin: an ES module main file refuses it with
// ERR_INPUT_TYPE_NOT_ALLOWED (also from NODE_OPTIONS); a CommonJS main file runs.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const esm = path.join(tmpdir.path, 'main.mjs');
const cjs = path.join(tmpdir.path, 'main.cjs');
fs.writeFileSync(esm, "console.log('esm ran');\n");
fs.writeFileSync(cjs, "console.log('cjs ran');\n");

for (const type of ['module', 'commonjs']) {
  let r = run([`--input-type=${type}`, esm]);
  assert.strictEqual(r.code, 1);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /Error \[ERR_INPUT_TYPE_NOT_ALLOWED\]: --input-type can only be used with string input via --eval, --print, or STDIN/);
  r = run([esm], { env: { ...process.env, NODE_OPTIONS: `--input-type=${type}` } });
  assert.match(r.stderr, /ERR_INPUT_TYPE_NOT_ALLOWED/);
  r = run([`--input-type=${type}`, cjs]);
  assert.strictEqual(r.stdout, 'cjs ran\n', r.stderr);
}
