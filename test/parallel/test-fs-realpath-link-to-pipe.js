'use strict';
// fs.realpath and fs.realpathSync (not .native) of a link to a pipe or socket
// (/dev/stdin when stdin is one: a socket pair for stdio 'pipe') answer the path
// its links spell, ending at the process's /proc/<pid>/fd entry "socket:[inode]",
// as node's component walk does; realpath(3) (the .native forms) finds no such file.
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

if (process.platform !== 'linux') common.skip('/proc/<pid>/fd is Linux\'s');

const code = `
  const fs = require('fs');
  const out = [fs.realpathSync('/dev/stdin')];
  try { fs.realpathSync.native('/dev/stdin'); } catch (err) { out.push(err.code); }
  fs.realpath('/dev/stdin', (err, path) => {
    out.push(err ? err.code : path);
    console.log(JSON.stringify(out));
  });
`;
const child = spawnSync(process.execPath, ['-e', code], { stdio: 'pipe', encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
const [sync, native, callback] = JSON.parse(child.stdout);
assert.match(sync, new RegExp(`^/proc/${child.pid}/fd/(pipe|socket):\\[\\d+\\]$`));
assert.strictEqual(native, 'ENOENT');
assert.strictEqual(callback, sync);
