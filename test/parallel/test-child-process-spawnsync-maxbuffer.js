'use strict';
// spawnSync past maxBuffer: error is the system error ENOBUFS (errno, syscall,
// path, spawnargs) and the output read so far is kept; execSync throws it with the
// result's fields. Invalid arguments throw before anything runs.
require('../common');
const assert = require('node:assert');
const { spawnSync, execSync, execFileSync } = require('node:child_process');

const ret = spawnSync('sh', ['-c', 'echo hello'], { maxBuffer: 1 });
assert.strictEqual(ret.error.message, 'spawnSync sh ENOBUFS');
assert.strictEqual(ret.error.code, 'ENOBUFS');
assert.strictEqual(ret.error.errno, -105);
assert.strictEqual(ret.error.syscall, 'spawnSync sh');
assert.strictEqual(ret.error.path, 'sh');
assert.deepStrictEqual(ret.error.spawnargs, ['-c', 'echo hello']);
assert.deepStrictEqual(ret.stdout, Buffer.from('hello\n'));
assert.deepStrictEqual(Object.keys(ret), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);

assert.throws(() => execSync('echo hello', { maxBuffer: 1 }), (err) => {
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.strictEqual(err.error, err);
  assert.deepStrictEqual(err.stdout, Buffer.from('hello\n'));
  return true;
});

const ok = spawnSync('sh', ['-c', 'echo fine'], { maxBuffer: Infinity, encoding: 'utf8' });
assert.strictEqual(ok.error, undefined);
assert.strictEqual(ok.stdout, 'fine\n');
assert.deepStrictEqual(Object.keys(ok), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);

assert.throws(() => spawnSync('ls', [], { argv0: [] }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => execFileSync('ls\0x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawnSync('ls', [], { uid: 2 ** 63 }), { code: 'ERR_INVALID_ARG_TYPE' });
