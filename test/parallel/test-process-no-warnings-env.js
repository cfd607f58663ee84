'use strict';
// NODE_NO_WARNINGS=1 silences warnings as --no-warnings does; any other value
// does not.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = "process.emitWarning('careful'); process.on('exit', () => console.log('done'))";
for (const [value, printed] of [['1', false], ['0', true], ['true', true], [undefined, true]]) {
  const env = { ...process.env };
  delete env.NODE_NO_WARNINGS;
  if (value !== undefined) env.NODE_NO_WARNINGS = value;
  const child = spawnSync(process.execPath, ['-e', code], { env, encoding: 'utf8' });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, 'done\n');
  assert.strictEqual(/Warning: careful/.test(child.stderr), printed, `${value}: ${child.stderr}`);
}
