'use strict';
// NODE_OPTIONS is split as node splits it: at spaces outside double quotes, with a
// backslash escaping the next character inside quotes only. The options lib/ reads
// itself (here --max-http-header-size, spelled with '_' too) come from those words,
// the command line's last; a worker has its parent's, or, given execArgv, reads
// NODE_OPTIONS afresh.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'a "dir');
fs.mkdirSync(dir);
const preload = path.join(dir, 'pre load.js');
fs.writeFileSync(preload, 'globalThis.preloaded = (globalThis.preloaded ?? 0) + 1;');
const quoted = `"${preload.replace(/"/g, '\\"')}"`;

const script = `
const { Worker } = require('worker_threads');
const out = [require('http').maxHeaderSize, globalThis.preloaded];
const code = 'require("worker_threads").parentPort.postMessage(require("http").maxHeaderSize)';
new Worker(code, { eval: true }).once('message', (inherited) => {
  new Worker(code, { eval: true, execArgv: [] }).once('message', (fresh) => {
    console.log(JSON.stringify([...out, inherited, fresh]));
  });
});`;

function run(nodeOptions, args = []) {
  const child = spawnSync(process.execPath, [...args, '-e', script], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
  });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  return JSON.parse(child.stdout);
}

assert.deepStrictEqual(run(`--max_http_header_size=3000 --require ${quoted}`), [3000, 1, 3000, 3000]);
assert.deepStrictEqual(run(`--require=${quoted} --max-http-header-size=3000`, ['--max-http-header-size=4000']),
                       [4000, 1, 4000, 3000]);
assert.deepStrictEqual(run('  --max-http-header-size="5000"  '), [5000, null, 5000, 5000]);
