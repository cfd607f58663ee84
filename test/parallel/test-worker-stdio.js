'use strict';
// A worker's process.stdout/stderr come out of worker.stdout/stderr in the parent
// (stdout: true keeps them from the parent's own); stdin: true gives worker.stdin,
// read as process.stdin in the worker; the streams end when the worker exits.
const common = require('../common');
const assert = require('node:assert');
const { Worker } = require('node:worker_threads');

const worker = new Worker(`
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { input += chunk; });
  process.stdin.on('end', () => {
    console.log('stdin said %s', input);
    process.stdout.write(Buffer.from('bytes too\\n'));
    console.error('to stderr');
  });
`, { eval: true, stdin: true, stdout: true, stderr: true });

let out = '';
let err = '';
worker.stdout.setEncoding('utf8');
worker.stderr.setEncoding('utf8');
worker.stdout.on('data', (chunk) => { out += chunk; });
worker.stderr.on('data', (chunk) => { err += chunk; });
worker.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(out, 'stdin said hello worker\nbytes too\n');
}));
worker.stderr.on('end', common.mustCall(() => assert.strictEqual(err, 'to stderr\n')));
worker.stdin.write('hello ');
worker.stdin.end('worker');
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// Without stdin: true there is no worker.stdin and process.stdin is at its end.
const plain = new Worker('process.stdin.on("end", () => {}); process.stdin.resume();', { eval: true });
assert.strictEqual(plain.stdin, null);
plain.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
