'use strict';
// A program starts with node's signal state whatever its parent left: a shell's
// background job inherits SIGINT ignored (here: `trap '' INT` before exec), yet
// SIGINT still ends the program.
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

if (common.isWindows) common.skip('POSIX signals');

function runIgnoringInt(code) {
  return spawnSync('/bin/sh', ['-c', `trap '' INT; exec "$0" -e "$1"`, process.execPath, code],
                   { encoding: 'utf8' });
}

const killed = runIgnoringInt("process.kill(process.pid, 'SIGINT'); setTimeout(() => {}, 5000);");
assert.strictEqual(killed.signal, 'SIGINT');
assert.strictEqual(killed.status, null);

