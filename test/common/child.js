'use strict';
// Runs the runtime under test as a child, for tests of CLI behaviour, exit codes
// and stderr. Needs child_process; tests that use it run once child_process exists.

const { spawnSync } = require('child_process');

function run(args, options = {}) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

module.exports = { run };
