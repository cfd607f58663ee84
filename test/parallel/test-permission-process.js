'use strict';
// --permission beyond node:fs: child processes (spawn, spawnSync, exec, fork,
// process.execve) and Workers refused without --allow-child-process /
// --allow-worker, process.binding refused, addons off, and a child process
// inheriting the parent's permission flags through NODE_OPTIONS unless it is
// given --permission itself.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const node = process.execPath;

function run(flags, code, env) {
  const r = spawnSync(node, ['--permission', ...flags, '-e', code], { env: env ?? process.env });
  assert.strictEqual(r.status, 0, r.stderr.toString());
  return r.stdout.toString().trim().split('\n');
}

const denied = `
const cp = require('child_process');
const show = (label, fn) => {
  try { fn(); console.log(label, 'ok'); } catch (e) {
    console.log(label, [e.name, e.message, e.code, e.permission, e.resource].join('|'));
  }
};
show('spawn', () => cp.spawn(process.execPath, ['--version']));
show('spawnSync', () => cp.spawnSync(process.execPath, ['--version']));
show('execSync', () => cp.execSync('true'));
show('fork', () => cp.fork('x.js'));
show('execve', () => process.execve(process.execPath, [process.execPath, '--version']));
show('Worker', () => new (require('worker_threads').Worker)('1', { eval: true }));
show('binding', () => process.binding('fs'));
show('dlopen', () => process.dlopen({ exports: {} }, '/nonexistent.node'));
`;
const C = 'Error|Access to this API has been restricted. Use --allow-child-process to manage permissions.|' +
  'ERR_ACCESS_DENIED|ChildProcess|';
assert.deepStrictEqual(run(['--allow-fs-read=*'], denied), [
  `spawn ${C}${node}`,
  `spawnSync ${C}${node}`,
  `execSync ${C}/bin/sh`,
  `fork ${C}${node}`,
  `execve ${C}${node}`,
  'Worker Error|Access to this API has been restricted. Use --allow-worker to manage permissions.|' +
    'ERR_ACCESS_DENIED|WorkerThreads|',
  'binding Error|process.binding|ERR_ACCESS_DENIED||',
  'dlopen Error|Cannot load native addon because loading addons is disabled.|ERR_DLOPEN_DISABLED||',
]);

// The child sees the parent's permission flags in NODE_OPTIONS (after its own).
const inherit = `
const cp = require('child_process');
const show = (args, env) => {
  const r = cp.spawnSync(process.execPath, [...args, '-e',
    'console.log(process.env.NODE_OPTIONS, process.permission?.has("child"), process.permission?.has("fs.write"))'],
    { env: { ...process.env, ...env } });
  console.log(r.stdout.toString().trim());
};
show([]);
show([], { NODE_OPTIONS: '--no-warnings' });
show(['--permission', '--allow-fs-write=*']);
show([], { NODE_OPTIONS: '--permission --allow-fs-write=*' });
`;
const env = { ...process.env };
delete env.NODE_OPTIONS;
assert.deepStrictEqual(run(['--allow-fs-read=*', '--allow-child-process', '--no-warnings'], inherit, env), [
  '--permission --allow-fs-read=* --allow-child-process true false',
  '--no-warnings --permission --allow-fs-read=* --allow-child-process true false',
  'undefined false true',
  '--permission --allow-fs-write=* false true',
]);
