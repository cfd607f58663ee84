'use strict';
// Cycles through require() of an ES module fail as in node, each naming the
// module that closes the cycle and the module it came from:
//   - require() of an ES module that is still being required;
//   - import of a CommonJS module that is still loading;
//   - import of an ES module whose evaluation the require() interrupted.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const dir = tmpdir.path;
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
write('a.mjs', "import './b.cjs';\nexport default 'a';\n");
write('b.cjs', "require('./a.mjs');\n");
write('require-a.cjs', "require('./a.mjs');\n");
write('c.mjs', "import './d.cjs';\nexport default 'c';\n");
write('d.cjs', "require('./e.mjs');\n");
write('e.mjs', "import './c.mjs';\n");

const p = (name) => path.join(dir, name);
let r = run([p('require-a.cjs')]);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.includes(`Error [ERR_REQUIRE_CYCLE_MODULE]: Cannot require() ES Module ${p('a.mjs')} in a ` +
  `cycle. (from ${p('require-a.cjs')})\n`), r.stderr);

r = run([p('a.mjs')]);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.includes(`Cannot require() ES Module ${p('a.mjs')} in a cycle. (from ${p('b.cjs')}) A ` +
  'cycle involving require(esm) is not allowed'), r.stderr);

r = run([p('b.cjs')]);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.includes(`Cannot import CommonJS Module ./b.cjs in a cycle. (from ${p('a.mjs')})`),
          r.stderr);

r = run([p('c.mjs')]);
assert.strictEqual(r.code, 1);
assert.ok(r.stderr.includes(`Cannot import Module ./c.mjs in a cycle. (from ${p('e.mjs')})`), r.stderr);
