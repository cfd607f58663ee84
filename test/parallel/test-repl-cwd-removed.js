'use strict';
// The REPL starts and runs input when the working directory has been removed
// (its require then searches no local node_modules folders).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const gone = path.join(tmpdir.path, 'removed');
fs.mkdirSync(gone);
const saved = process.cwd();
process.chdir(gone);
fs.rmdirSync(gone);
const r = spawnSync(process.execPath, ['--interactive'], {
  input: 'require("path").sep + "ok";\nprocess.exit(42);\n',
  encoding: 'utf8',
});
process.chdir(saved);
assert.strictEqual(r.status, 42, r.stderr);
assert.match(r.stdout, /'\/ok'/);
