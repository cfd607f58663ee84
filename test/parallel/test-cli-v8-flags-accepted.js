'use strict';
// Options of node's that tune V8 or its tracing are accepted, on the command line
// and in NODE_OPTIONS, and change nothing a program can see here.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const flags = ['--v8-pool-size=4', '--max-semi-space-size=16', '--trace-sync-io', '--track-heap-objects',
               '--interpreted-frames-native-stack'];
for (const flag of flags) {
  const r = run([flag, '-p', '6 * 7']);
  assert.strictEqual(r.stdout, '42\n', `${flag}: ${r.stderr}`);
  assert.strictEqual(r.code, 0);
  const env = run(['-p', '6 * 7'], { env: { ...process.env, NODE_OPTIONS: flag } });
  assert.strictEqual(env.stdout, '42\n', `NODE_OPTIONS=${flag}: ${env.stderr}`);
}
