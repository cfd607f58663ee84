'use strict';
// In the process's own REPL, SIGINT stops a running input (breakEvalOnSigint)
// and the session goes on with its state.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn(process.execPath, ['-i'], { stdio: ['pipe', 'pipe', 'inherit'] });
let stdout = '';
let ended = false;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  stdout += chunk;
  if (stdout.includes('looping')) {
    stdout = stdout.replace('looping', 'LOOPING');
    setTimeout(() => child.kill('SIGINT'), 100);
  } else if (stdout.includes('interrupted by `SIGINT`') && !ended) {
    ended = true;
    child.stdin.end('a * 2\n');
  }
});
child.stdin.write('a = 1001; console.log("looping"); while (true) {}\n');
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.match(stdout, /Script execution was interrupted by `SIGINT`/);
  assert.match(stdout, /\n> 2002\n/);
}));
