'use strict';
// -e and -r run when the working directory has been removed: they resolve from the
// executable's directory instead, as node does.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const gone = path.join(tmpdir.path, 'gone');
fs.mkdirSync(gone);
const preload = path.join(tmpdir.path, 'preload.js');
fs.writeFileSync(preload, 'globalThis.preloaded = true;');
const child = spawnSync('/bin/sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', gone,
  process.execPath, '-r', preload, '-e', 'console.log(globalThis.preloaded, typeof require("path").join)'],
                        { encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
assert.strictEqual(child.stdout, 'true function\n');
assert.strictEqual(child.status, 0);
