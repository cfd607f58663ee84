'use strict';
// exec/execFile: stdout and stderr as strings or Buffers, error objects with
// code/killed/signal/cmd, maxBuffer (ERR_CHILD_PROCESS_STDIO_MAXBUFFER), timeout,
// and the promisified form resolving to { stdout, stderr }.
const common = require('../common');
const assert = require('node:assert');
const { exec, execFile } = require('node:child_process');

exec('echo out; echo err >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo out; echo err >&2; exit 3\nerr\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo err >&2; exit 3');
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

execFile('echo', ['-n', 'bytes'], { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.deepStrictEqual(stdout, Buffer.from('bytes'));
  assert.deepStrictEqual(stderr, Buffer.alloc(0));
}));

exec('yes | head -c 100000', { maxBuffer: 10 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.ok(err instanceof RangeError);
  assert.strictEqual(stdout, 'y\ny\ny\ny\ny\n');
}));

exec('sleep 5', { timeout: 50 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
}));

const promised = exec[Symbol.for('nodejs.util.promisify.custom')];
const p = promised('echo promised');
assert.strictEqual(typeof p.child.pid, 'number');
p.then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'promised\n', stderr: '' });
}));
promised('exit 2').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.stdout, '');
}));
