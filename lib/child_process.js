'use strict';
// node:child_process — the synchronous forms so far (spawnSync, execSync,
// execFileSync); spawn, exec, execFile, fork and ChildProcess follow.

const { execFileSync, execSync, spawnSync } = require('internal/child_process/spawn_sync');

module.exports = { execFileSync, execSync, spawnSync };
