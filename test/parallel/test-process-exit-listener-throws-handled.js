'use strict';
// An 'exit' listener that throws is an uncaught exception: 'uncaughtException'
// listeners see it, the later 'exit' listeners do not run, and the process keeps
// the exit code it had.
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('uncaughtException', (err) => console.log(`caught ${err.message}`));
  process.on('exit', (code) => {
    console.log(`exit ${code}`);
    throw new Error('from exit');
  });
  process.on('exit', common.mustNotCall());
  process.exitCode = Number(process.argv[3]);
  return;
}

for (const code of [0, 3]) {
  const child = spawnSync(process.execPath, [__filename, 'child', `${code}`], { encoding: 'utf8' });
  assert.strictEqual(child.stdout, `exit ${code}\ncaught from exit\n`);
  assert.strictEqual(child.status, code);
}
