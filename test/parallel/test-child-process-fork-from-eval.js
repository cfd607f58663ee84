'use strict';
// fork() from -e code leaves the -e code out of the child's arguments: the child
// runs the module it was given, not the code that forked it (which would fork again).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
const fs = require('fs');
const path = require('path');

tmpdir.refresh();
const empty = path.join(tmpdir.path, 'empty.js');
fs.writeFileSync(empty, '');
// Run again, the code below prints and stops instead of forking without end.
const code = `
  if (process.env.FORKED_FROM_EVAL) { console.log('the -e code ran again'); process.exit(0); }
  const child = require('child_process').fork(${JSON.stringify(empty)},
    { env: { ...process.env, FORKED_FROM_EVAL: '1' } });
  child.on('exit', (code) => process.exit(code));
`;
const result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(result.stderr, '');
assert.strictEqual(result.stdout, '');
assert.strictEqual(result.status, 0);

// process._eval is the -e code.
const shown = spawnSync(process.execPath, ['-p', 'process._eval'], { encoding: 'utf8' });
assert.strictEqual(shown.stdout, 'process._eval\n');
