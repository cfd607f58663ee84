'use strict';
// --watch runs the program, says how it ended, and runs it again when the entry or a
// file it required changes: node's "Completed running", "Restarting" and "Failed
// running" lines, on stdout, with the command quoted as util.inspect quotes it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { inspect } = require('util');
const tmpdir = require('../common/tmpdir');
const { watch } = require('../common/watch');

tmpdir.refresh();
const entry = tmpdir.resolve('app.js');
const dep = tmpdir.resolve('dep.js');
fs.writeFileSync(entry, "console.log('value', require('./dep.js'));");
fs.writeFileSync(dep, 'module.exports = 1;');

const waiting = 'Waiting for file changes before restarting...';
const command = inspect(`${entry} extra`);
let step = 0;
watch(['--watch', entry, 'extra'], (line) => {
  if (!line.startsWith('Completed running') && !line.startsWith('Failed running')) return false;
  step++;
  // Each change is made once the run before it has ended.
  if (step === 1) fs.writeFileSync(dep, 'module.exports = 2;');
  if (step === 2) fs.writeFileSync(entry, "console.log('entry', require('./dep.js'));");
  if (step === 3) fs.writeFileSync(entry, "throw new Error('boom');");
  return step === 4;
}, { cwd: tmpdir.path }).then(common.mustCall(({ lines, stderr }) => {
  assert.deepStrictEqual(lines, [
    'value 1',
    `Completed running ${command}. ${waiting}`,
    `Restarting ${command}`,
    'value 2',
    `Completed running ${command}. ${waiting}`,
    `Restarting ${command}`,
    'entry 2',
    `Completed running ${command}. ${waiting}`,
    `Restarting ${command}`,
    `Failed running ${command}. ${waiting}`,
  ]);
  assert.match(stderr, /Error: boom/);
}));
