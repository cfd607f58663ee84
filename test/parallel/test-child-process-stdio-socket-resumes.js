'use strict';
// A child's output socket handed to a second child as its stdin stops being read by
// this process while the second child runs, and is read again once this process
// resumes it: `cat` passes lines on, `head -n1` takes the first one, and after head
// has exited the next line comes back to us through the same socket.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const relay = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
const first = spawn('head', ['-n1'], { stdio: [relay.stdout, 'pipe', 'inherit'] });

let firstOut = '';
first.stdout.setEncoding('utf8');
first.stdout.on('data', (chunk) => { firstOut += chunk; });
relay.stdin.write('one\n');

first.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(firstOut, 'one\n');
  let rest = '';
  relay.stdout.setEncoding('utf8');
  relay.stdout.on('data', (chunk) => { rest += chunk; });
  relay.stdout.on('end', common.mustCall(() => assert.strictEqual(rest, 'two\n')));
  relay.stdout.resume();
  relay.stdin.end('two\n');
}));
