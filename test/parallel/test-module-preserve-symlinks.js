'use strict';
// --preserve-symlinks (or NODE_PRESERVE_SYMLINKS=1) keeps the path through which a
// module was reached, for require() and import alike, so a symlinked package
// resolves its dependencies from where it is linked; the entry point keeps its
// real path unless --preserve-symlinks-main.
require('../common');
const tmpdir = require('../common/tmpdir');
const { run } = require('../common/child');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const dir = tmpdir.path;
// app/node_modules/dep -> ../../shared/dep; dep requires 'peer', which only
// app/node_modules has (found only when the link's path is kept).
fs.mkdirSync(path.join(dir, 'shared', 'dep'), { recursive: true });
fs.mkdirSync(path.join(dir, 'app', 'node_modules', 'peer'), { recursive: true });
fs.writeFileSync(path.join(dir, 'shared', 'dep', 'index.js'),
                 "module.exports = { peer: require('peer'), file: __filename };\n");
fs.writeFileSync(path.join(dir, 'shared', 'dep', 'index.mjs'),
                 "import peer from 'peer';\nexport { peer };\nexport const url = import.meta.url;\n");
fs.writeFileSync(path.join(dir, 'shared', 'dep', 'package.json'),
                 '{ "exports": { "import": "./index.mjs", "require": "./index.js" } }');
fs.writeFileSync(path.join(dir, 'app', 'node_modules', 'peer', 'index.js'), "module.exports = 'peer';\n");
fs.symlinkSync(path.join('..', '..', 'shared', 'dep'), path.join(dir, 'app', 'node_modules', 'dep'));
fs.writeFileSync(path.join(dir, 'shared', 'main.js'), 'console.log(__filename);\n');
fs.symlinkSync(path.join(dir, 'shared', 'main.js'), path.join(dir, 'app', 'main.js'));

const cjs = "const d = require('dep'); console.log(d.peer, d.file);";
const esm = "import('dep').then((d) => console.log(d.peer, d.url));";
const linked = path.join(dir, 'app', 'node_modules', 'dep');
const opts = { cwd: path.join(dir, 'app') };

let r = run(['--preserve-symlinks', '-e', cjs], opts);
assert.strictEqual(r.stdout, `peer ${path.join(linked, 'index.js')}\n`, r.stderr);
r = run(['--preserve-symlinks', '-e', esm], opts);
assert.strictEqual(r.stdout, `peer file://${path.join(linked, 'index.mjs')}\n`, r.stderr);
r = run(['-e', cjs], { ...opts, env: { ...process.env, NODE_PRESERVE_SYMLINKS: '1' } });
assert.strictEqual(r.stdout, `peer ${path.join(linked, 'index.js')}\n`, r.stderr);
// Without the flag the real path is used, where 'peer' cannot be found.
r = run(['-e', cjs], opts);
assert.match(r.stderr, /Cannot find module 'peer'/);

r = run(['--preserve-symlinks', 'main.js'], opts);
assert.strictEqual(r.stdout, `${path.join(dir, 'shared', 'main.js')}\n`);
r = run(['--preserve-symlinks-main', 'main.js'], opts);
assert.strictEqual(r.stdout, `${path.join(dir, 'app', 'main.js')}\n`);
