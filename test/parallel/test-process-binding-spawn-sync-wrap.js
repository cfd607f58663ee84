'use strict';
// process.binding('spawn_sync').spawn is what child_process.spawnSync calls: a
// program that replaces it sees each synchronous spawn (file, args, envPairs) and may
// change the options before passing them on, as process-on-spawn (loaded by nyc and
// tap) does to give child processes its environment.
const common = require('../common');
const assert = require('assert');
const { spawnSync, execFileSync } = require('child_process');

const binding = process.binding('spawn_sync');
assert.deepStrictEqual(Object.keys(binding), ['spawn']);
const original = binding.spawn;
binding.spawn = common.mustCall(function(options) {
  assert.strictEqual(options.file, process.execPath);
  assert.strictEqual(options.args[0], process.execPath);
  assert.ok(options.envPairs.includes('FROM_CALLER=1'));
  options.envPairs.push('ADDED_BY_WRAPPER=2');
  return original.call(this, options);
}, 2);

const script = 'console.log(process.env.FROM_CALLER + process.env.ADDED_BY_WRAPPER)';
const env = { ...process.env, FROM_CALLER: '1' };
const r = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '12\n');
assert.strictEqual(execFileSync(process.execPath, ['-e', script], { env }).toString(), '12\n');

binding.spawn = original;
assert.strictEqual(spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }).stdout,
                   '1undefined\n');
