'use strict';
// SIGINT to `eddy --test` ends the files still running and exits with code 1
// (not by the signal); the tap reporter has printed its header by then.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const fixtures = require('../common/fixtures');

const child = spawn(process.execPath,
                    ['--test', '--test-reporter=tap', fixtures.path('test-runner', 'never-ending.js')]);
let stdout = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  // Wait a moment so the file's own process has started.
  if (!stdout.length) setTimeout(() => child.kill('SIGINT'), 200);
  stdout += chunk;
});
child.on('close', common.mustCall((code, signal) => {
  assert.ok(stdout.startsWith('TAP version 13\n'));
  assert.strictEqual(signal, null);
  assert.strictEqual(code, 1);
}));
