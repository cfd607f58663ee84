'use strict';
// The command line of Web Storage: without --experimental-webstorage there are no
// Storage globals; with it, using one emits node's ExperimentalWarning, and
// localStorage without --localstorage-file throws on every read. Both options are
// accepted in NODE_OPTIONS, and --localstorage-file as `=F` or `F`.
require('../common');
const assert = require('node:assert');
const { run } = require('../common/child');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

for (const name of ['Storage', 'localStorage', 'sessionStorage']) {
  const r = run(['-p', `typeof ${name}`]);
  assert.strictEqual(r.code, 0);
  assert.strictEqual(r.stdout, 'undefined\n');
}
assert.match(run(['-e', 'localStorage']).stderr, /ReferenceError: localStorage is not defined/);

// The globals exist but load nothing (and warn of nothing) until read.
const quiet = run(['--experimental-webstorage', '-p',
                   'Object.keys(globalThis).filter((k) => k.endsWith("Storage")).join()']);
assert.strictEqual(quiet.stdout, 'localStorage,sessionStorage\n');
assert.strictEqual(quiet.stderr, '');

for (const name of ['Storage', 'sessionStorage']) {
  const r = run(['--experimental-webstorage', '-p', `typeof ${name}`]);
  assert.strictEqual(r.code, 0);
  assert.match(r.stderr, /ExperimentalWarning: Web Storage is an experimental feature/);
}

const noFile = run(['--experimental-webstorage', '-e', 'localStorage']);
assert.strictEqual(noFile.code, 1);
assert.match(noFile.stderr, /TypeError \[ERR_INVALID_ARG_VALUE\]: The argument '--localstorage-file' is an invalid localStorage location\. Received ''/);

const caught = run(['--experimental-webstorage', '-p', `
  const codes = [];
  for (let i = 0; i < 2; i++) {
    try { localStorage; } catch (err) { codes.push(err.code); }
  }
  codes.join()`]);
assert.strictEqual(caught.stdout, 'ERR_INVALID_ARG_VALUE,ERR_INVALID_ARG_VALUE\n');

const file = tmpdir.resolve('flags.localstorage');
const viaEnv = run(['-p', 'localStorage.setItem("k", "v"); localStorage.getItem("k")'], {
  env: { ...process.env, NODE_OPTIONS: `--experimental-webstorage --localstorage-file=${file}` },
});
assert.strictEqual(viaEnv.stdout, 'v\n');
const spaced = run(['--experimental-webstorage', '--localstorage-file', file, '-p', 'localStorage.k']);
assert.strictEqual(spaced.stdout, 'v\n');

// Assigning the globals replaces them; they stay accessors.
const assigned = run(['--experimental-webstorage', '-p', `
  globalThis.sessionStorage = 5;
  const d = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
  [sessionStorage, typeof d.get, d.enumerable].join()`]);
assert.strictEqual(assigned.stdout, '5,function,true\n');
