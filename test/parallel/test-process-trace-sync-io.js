'use strict';
// --trace-sync-io warns, with the stack that made the call, about each synchronous
// I/O call made once the event loop runs; the main script's first turn is exempt,
// and without the flag nothing is printed.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const code = `
  const fs = require('fs');
  fs.statSync('.');
  setImmediate(function later() {
    fs.lstatSync('.');
    require('child_process').execFileSync('true');
  });
`;

const traced = spawnSync(process.execPath, ['--trace-sync-io', '-e', code], { encoding: 'utf8' });
assert.strictEqual(traced.status, 0);
const warnings = traced.stderr.split('\n\n').filter((w) => w !== '');
const header = `(node:${traced.pid}) WARNING: Detected use of sync API`;
assert.ok(warnings.length >= 2, traced.stderr);
for (const w of warnings) {
  assert.strictEqual(w.split('\n')[0], header);
  assert.match(w, /\n {4}at later \(/);
}
assert.match(warnings[0], /\n {4}at lstatSync \(/);
assert.doesNotMatch(traced.stderr, /at statSync \(/);
assert.ok(warnings.some((w) => /\n {4}at (spawnSync|execFileSync) \(/.test(w)));

const quiet = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(quiet.stderr, '');
