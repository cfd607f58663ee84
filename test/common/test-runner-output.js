'use strict';
// Runs a test/fixtures/test-runner program in a child and masks what differs
// between runs and engines: durations, stack frames and TAP stack blocks.

const path = require('path');
const { run } = require('./child');
const fixtures = require('./fixtures');

function mask(text) {
  const out = [];
  let stackIndent = -1;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (stackIndent !== -1 && indent > stackIndent) continue;
    stackIndent = -1;
    if (/^\s*stack: \|-$/.test(line)) { stackIndent = indent; continue; }
    if (/^\s+at /.test(line)) continue;
    out.push(line
      .replace(/\(\d+(\.\d+)?ms\)/g, '(*ms)')
      .replace(/duration_ms(:?) \d+(\.\d+)?/g, 'duration_ms$1 *'));
  }
  return out.join('\n');
}

// Runs `name` from the fixtures with extra options; cwd is the fixtures folder so
// that locations print as in the expected text; its absolute path reads <dir>.
function runFixture(name, options = []) {
  const dir = fixtures.path('test-runner');
  const r = run([...options, path.join(dir, name)], { cwd: dir });
  return { code: r.code, stdout: mask(r.stdout.split(dir).join('<dir>')), stderr: r.stderr };
}

module.exports = { mask, runFixture };
