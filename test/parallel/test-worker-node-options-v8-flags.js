'use strict';
// A Worker whose env has NODE_OPTIONS with V8's options (--expose-gc,
// --max-old-space-size, ...) starts and ignores them, as node does (the process's
// V8 is set up already); per-process options there are still refused.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

for (const flags of ['--expose-gc', '--max-old-space-size=64 --stack-trace-limit=5', '--jitless']) {
  const w = new Worker('require("worker_threads").parentPort.postMessage(typeof gc)', {
    eval: true, execArgv: [], env: { ...process.env, NODE_OPTIONS: flags },
  });
  w.on('message', common.mustCall((type) => assert.strictEqual(type, 'undefined')));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

assert.throws(() => new Worker('0', { eval: true, execArgv: [], env: { NODE_OPTIONS: '--title=x' } }), {
  code: 'ERR_WORKER_INVALID_EXEC_ARGV',
});
