'use strict';
// import() typed at the REPL goes through the main loader, relative to the current
// directory, and gives the built-ins' namespaces (default = the CommonJS exports).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

tmpdir.refresh();
fs.writeFileSync(path.join(tmpdir.path, 'x.mjs'), 'export const v = 42;\n');
const child = spawn(process.execPath, ['--interactive'], { cwd: tmpdir.path });
child.stdin.end(`
Promise.all([import('./x.mjs'), import('fs')]).then(
  ([x, ns]) => (x.v === 42 && ns.default === require('fs') ? 0 : 1),
  () => 2
).then(process.exit)
`);
child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));
