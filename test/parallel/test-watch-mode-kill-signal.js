'use strict';
// A change stops the running program with SIGTERM, or with --watch-kill-signal's
// signal, before it runs again; an unknown signal is refused with node's
// ERR_UNKNOWN_SIGNAL before anything runs.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { watch } = require('../common/watch');
const { run } = require('../common/child');

tmpdir.refresh();
const entry = tmpdir.resolve('server.js');
// Keeps running until a signal ends it, and says which.
fs.writeFileSync(entry, `
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { console.log('got ' + signal); process.exit(); });
}
console.log('ready');
setInterval(() => {}, 1000);
`);

async function stopSignal(extraArgs) {
  let readies = 0;
  const { lines } = await watch(['--watch', ...extraArgs, entry], (line) => {
    if (line === 'ready' && ++readies === 1) fs.writeFileSync(entry, fs.readFileSync(entry));
    return line.startsWith('got ');
  });
  return lines.find((line) => line.startsWith('got '));
}

(async () => {
  assert.strictEqual(await stopSignal([]), 'got SIGTERM');
  assert.strictEqual(await stopSignal(['--watch-kill-signal', 'SIGINT']), 'got SIGINT');
})().then(common.mustCall());

const bad = run(['--watch', '--watch-kill-signal=SIGNOPE', entry]);
assert.strictEqual(bad.code, 1);
assert.match(bad.stderr, /TypeError \[ERR_UNKNOWN_SIGNAL\]: Unknown signal: SIGNOPE/);
assert.strictEqual(bad.stdout, '');
