'use strict';
// A worker's process.stdout/stderr/stdin: getters with no setter (the streams are
// made on first use; an assignment is ignored); what the worker prints still
// reaches the parent; without the stdin option its stdin is already ended.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const assert = require('assert');
  const { parentPort } = require('worker_threads');
  for (const name of ['stdout', 'stderr', 'stdin']) {
    const d = Object.getOwnPropertyDescriptor(process, name);
    assert.strictEqual(typeof d.get, 'function', name);
    assert.strictEqual(d.set, undefined, name);
    assert.strictEqual(d.enumerable, true);
    assert.strictEqual(d.configurable, true);
  }
  assert.ok(Object.keys(process).includes('stdout'));
  assert.strictEqual(process.stdout, process.stdout);
  assert.strictEqual(typeof process.stdout.write, 'function');
  const stderr = process.stderr;
  assert.throws(() => { 'use strict'; process.stderr = {}; }, TypeError);
  assert.strictEqual(process.stderr, stderr);
  process.stdin.on('end', () => parentPort.postMessage('stdin ended'));
  process.stdin.resume();
  console.log('from console');
  process.stdout.write('from stdout\\n');
`, { eval: true, stdout: true });
let out = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (chunk) => { out += chunk; });
w.on('message', common.mustCall((m) => assert.strictEqual(m, 'stdin ended')));
w.on('error', (err) => { throw err; });
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  setImmediate(() => assert.strictEqual(out, 'from console\nfrom stdout\n'));
}));
