'use strict';
// kill(): true when the signal was sent; a child ended by a signal has exit code
// null and signalCode set; unknown signals throw ERR_UNKNOWN_SIGNAL.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const child = spawn('sleep', ['10']);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOPE' });
assert.strictEqual(child.kill('SIGKILL'), true);
assert.strictEqual(child.killed, true);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
  assert.strictEqual(child.signalCode, 'SIGKILL');
  assert.strictEqual(child.exitCode, null);
  // After exit there is no process to signal.
  assert.strictEqual(child.kill(), false);
}));

// The timeout option kills with killSignal.
const timed = spawn('sleep', ['10'], { timeout: 30, killSignal: 'SIGINT' });
timed.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(signal, 'SIGINT');
}));

// An AbortSignal kills the child and reports an AbortError.
const ac = new AbortController();
const aborted = spawn('sleep', ['10'], { signal: ac.signal });
aborted.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
aborted.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
ac.abort();
