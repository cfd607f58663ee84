'use strict';
// Under a pseudo-terminal (util-linux `script`): process.stdout is a
// tty.WriteStream with a size, stdin a tty.ReadStream whose raw mode toggles, and
// the cursor helpers write node's escape sequences.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

let hasScript = true;
try {
  execFileSync('script', ['--version'], { stdio: 'ignore' });
} catch {
  hasScript = false;
}
if (!hasScript) {
  console.log('1..0 # Skipped: needs util-linux script');
  process.exit(0);
}

const fixtures = require('../common/fixtures');
const cmd = `'${process.execPath}' '${fixtures.path('tty-streams-child.js')}'`;
const output = String(execFileSync('script', ['-qec', cmd, '/dev/null'], { stdio: ['ignore', 'pipe', 'pipe'] }));
assert.strictEqual(output.replaceAll('\r', ''),
                   'true tty true true number number true true false true false\n\x1b[1G\x1b[2Kend\n');
