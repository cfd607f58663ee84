'use strict';
// --no-network-family-autoselection and --network-family-autoselection-attempt-timeout
// set net's defaults.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(flags, expr) {
  const r = spawnSync(process.execPath, [...flags, '-p', expr], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout.trim();
}

assert.strictEqual(run([], "require('net').getDefaultAutoSelectFamily()"), 'true');
assert.strictEqual(run(['--no-network-family-autoselection'], "require('net').getDefaultAutoSelectFamily()"), 'false');
assert.strictEqual(run(['--network-family-autoselection-attempt-timeout=123'],
                       "require('net').getDefaultAutoSelectFamilyAttemptTimeout()"), '123');
