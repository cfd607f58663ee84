'use strict';
// A Worker's execArgv is its process.execArgv and its options (-r preloads,
// --no-deprecation, ...); options node keeps per process are refused with
// ERR_WORKER_INVALID_EXEC_ARGV, and so are bad ones in the NODE_OPTIONS of an
// env given to the worker.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
const { Worker } = require('worker_threads');

tmpdir.refresh();
const preload = path.join(tmpdir.path, 'preload.js');
fs.writeFileSync(preload, 'globalThis.preloaded = (globalThis.preloaded ?? 0) + 1;\n');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage({ execArgv: process.execArgv, preloaded: globalThis.preloaded,
                           noDeprecation: process.noDeprecation === true });
`, { eval: true, execArgv: ['--require', preload, '--no-deprecation'] });
w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, {
    execArgv: ['--require', preload, '--no-deprecation'],
    preloaded: 1,
    noDeprecation: true,
  });
}));

// Without execArgv the worker has the parent's.
new Worker('require("worker_threads").parentPort.postMessage(process.execArgv)', { eval: true })
  .on('message', common.mustCall((m) => assert.deepStrictEqual(m, process.execArgv)));

const invalid = (execArgv, text) => {
  assert.throws(() => new Worker('', { eval: true, execArgv }), {
    name: 'Error',
    code: 'ERR_WORKER_INVALID_EXEC_ARGV',
    message: `Initiated Worker with invalid execArgv flags: ${text}`,
  });
};
invalid(['--not-an-option'], '--not-an-option');
invalid(['--title=x'], '--title=x');
invalid(['--max-old-space-size=100'], '--max-old-space-size=100');
invalid(['--expose-gc'], '--expose-gc');
invalid(['--require'], '--require requires an argument');
invalid(['--unhandled-rejections=sometimes'], 'invalid value for --unhandled-rejections');

assert.throws(() => new Worker('', { eval: true, execArgv: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

for (const [options, text] of [['--not-an-option', '--not-an-option'], ['--no-warnings --title=x', '--title=']]) {
  assert.throws(() => new Worker('', { eval: true, env: { NODE_OPTIONS: options } }), {
    code: 'ERR_WORKER_INVALID_EXEC_ARGV',
    message: `Initiated Worker with invalid NODE_OPTIONS env variable: ${text} is not allowed in NODE_OPTIONS`,
  });
}
