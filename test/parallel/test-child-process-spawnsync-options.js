'use strict';
// spawnSync's options reach the child: cwd, env (PATH searched in the child's env),
// input on stdin, each stdio kind, detached, a timeout that kills, and the errors for
// a missing executable or cwd.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

// cwd
const cwd = spawnSync('pwd', { cwd: tmpdir.path, encoding: 'utf8' });
assert.strictEqual(cwd.status, 0);
assert.strictEqual(fs.realpathSync(cwd.stdout.trim()), fs.realpathSync(tmpdir.path));

// env, and an executable found through the child's own PATH
const bin = path.join(tmpdir.path, 'bin');
fs.mkdirSync(bin);
fs.writeFileSync(path.join(bin, 'say-hi'), '#!/bin/sh\necho "hi $WHO"\n', { mode: 0o755 });
const env = spawnSync('say-hi', { env: { PATH: `${bin}:/usr/bin:/bin`, WHO: 'there' }, encoding: 'utf8' });
assert.strictEqual(env.stdout, 'hi there\n');

// input, and stdout/stderr kept apart
const cat = spawnSync('sh', ['-c', 'cat; echo err >&2'], { input: 'from stdin' });
assert.strictEqual(cat.stdout.toString(), 'from stdin');
assert.strictEqual(cat.stderr.toString(), 'err\n');
assert.deepStrictEqual(cat.output[0], null);

// 'ignore' gives no output; an fd of ours becomes the child's
const ignored = spawnSync('sh', ['-c', 'echo gone'], { stdio: 'ignore' });
assert.strictEqual(ignored.status, 0);
assert.strictEqual(ignored.stdout, null);
const file = path.join(tmpdir.path, 'out.txt');
const fd = fs.openSync(file, 'w');
spawnSync('sh', ['-c', 'echo into the file'], { stdio: ['ignore', fd, 'inherit'] });
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'into the file\n');

// exit status and signal
assert.strictEqual(spawnSync('sh', ['-c', 'exit 7']).status, 7);
const killed = spawnSync('sh', ['-c', 'kill -TERM $$']);
assert.strictEqual(killed.status, null);
assert.strictEqual(killed.signal, 'SIGTERM');

// detached: the child leads a session of its own (field 6 of /proc/PID/stat)
const sessionOf = (options) => {
  const r = spawnSync('sh', ['-c', 'echo $$; cut -d" " -f6 /proc/$$/stat'], { ...options, encoding: 'utf8' });
  const [pid, sid] = r.stdout.trim().split('\n').map(Number);
  return { pid, sid };
};
const detached = sessionOf({ detached: true });
assert.strictEqual(detached.sid, detached.pid);
const attached = sessionOf({});
assert.notStrictEqual(attached.sid, attached.pid);

// timeout kills with killSignal
const slow = spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'SIGKILL' });
assert.strictEqual(slow.signal, 'SIGKILL');
assert.strictEqual(slow.error.code, 'ETIMEDOUT');

// a missing executable, and a missing cwd
const missing = spawnSync('no-such-command-for-eddy');
assert.strictEqual(missing.error.code, 'ENOENT');
assert.strictEqual(missing.error.syscall, 'spawnSync no-such-command-for-eddy');
assert.strictEqual(missing.status, null);
const badCwd = spawnSync('pwd', { cwd: path.join(os.tmpdir(), 'no-such-dir-for-eddy') });
assert.strictEqual(badCwd.error.code, 'ENOENT');
