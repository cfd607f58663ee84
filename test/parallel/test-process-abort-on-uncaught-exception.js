'use strict';
// --abort-on-uncaught-exception: an exception nothing takes aborts the process (even
// with 'uncaughtException' listeners); one a capture callback or a domain's 'error'
// listener takes does not, and a caught one changes nothing. Without the flag, a
// domain without a listener passes its error to the domain it was entered from.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

// With core files off: an abort would write one.
function run(source, flags = ['--abort-on-uncaught-exception']) {
  return spawnSync('/bin/sh', ['-c', 'ulimit -c 0 && exec "$0" "$@"', process.execPath, ...flags, '-e', source],
                   { encoding: 'utf8' });
}

function aborted(child) {
  return ['SIGABRT', 'SIGTRAP', 'SIGILL'].includes(child.signal);
}

// Uncaught: aborts, with or without a listener.
assert.ok(aborted(run('setTimeout(() => { throw new Error("boom"); }, 1);')));
assert.ok(aborted(run('process.on("uncaughtException", () => {}); setTimeout(() => { throw new Error("x"); }, 1);')));

// Caught, or taken by a capture callback: no abort.
{
  const child = run('try { throw new Error("c"); } catch {} console.log("fine");');
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, 'fine\n');
}
{
  const child = run('process.setUncaughtExceptionCaptureCallback((e) => console.log("took", e.message));' +
    'throw new Error("cap");');
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stdout, 'took cap\n');
}

// Domains: the enclosing domain's listener takes an error of a nested domain
// without one, flag or not; an error thrown by a top-level domain's listener aborts.
const nested = 'const domain = require("domain"); const d = domain.create(); const d2 = domain.create();' +
  'd.on("error", (e) => console.log("d got", e.message, e.domain === d));' +
  'd.run(() => d2.run(() => { throw new Error("inner"); }));';
for (const flags of [[], ['--abort-on-uncaught-exception']]) {
  const child = run(nested, flags);
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'd got inner true\n');
}
const rethrow = 'const d = require("domain").create(); d.on("error", () => { throw new Error("again"); });' +
  'd.run(() => { throw new Error("first"); });';
assert.ok(aborted(run(rethrow)));
{
  const child = run(rethrow, []);
  assert.strictEqual(child.status, 7);
  assert.strictEqual(child.signal, null);
}
