'use strict';
// Node-API environment teardown: when the program ends by itself, cleanup hooks,
// plain and async, run newest first (a removed one never runs), then the
// instance-data finalizer;
// after process.exit() none of them runs, as in node.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const addon = path.join(__dirname, '..', '..', 'build', 'napi-fixtures', 'hooks.node');
if (!fs.existsSync(addon)) common.skip('hooks.node is not built (run make)');

const load = `process.dlopen({ exports: {} }, ${JSON.stringify(addon)});`;
function run(code) {
  const r = spawnSync(process.execPath, ['-e', load + code], { encoding: 'utf8' });
  return [r.status, r.stdout];
}

assert.deepStrictEqual(run("console.log('main done')"),
                       [0, 'main done\ncleanup C\ncleanup A\nasync cleanup D\ninstance data freed\n']);
assert.deepStrictEqual(run('process.exitCode = 3'),
                       [3, 'cleanup C\ncleanup A\nasync cleanup D\ninstance data freed\n']);
assert.deepStrictEqual(run('process.exit(4)'), [4, '']);
