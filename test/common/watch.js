'use strict';
// Drives a watch mode process (`--watch`) for the test-watch-mode-* tests: starts it,
// hands each stdout line to a script of steps, and ends it. The steps wait for
// lines, never for time, so a slow machine only makes them slower.

const { spawn } = require('child_process');
const { createInterface } = require('readline');

// Runs `process.execPath args` and calls onLine(line, lines so far) for each stdout
// line until onLine returns true; then kills the process and resolves with
// { lines, stderr, code, signal }.
function watch(args, onLine, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const lines = [];
    let done = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (done) return;
      lines.push(line);
      if (onLine(line, lines, child)) {
        done = true;
        child.kill();
      }
    });
    child.on('close', (code, signal) => resolve({ lines, stderr, code, signal, child }));
  });
}

module.exports = { watch };
