'use strict';
// Node-API addons in worker threads: each worker loads its own instance (its own
// env: cleanup hooks run when it ends), and terminating a worker while another
// thread still feeds one of its thread-safe functions is safe (calls then return
// napi_closing).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');

const dir = path.join(__dirname, '..', '..', 'build', 'napi-fixtures');
if (!fs.existsSync(path.join(dir, 'async.node'))) common.skip('Node-API test addons are not built (run make)');

const source = `
  const path = require('path');
  const { parentPort } = require('worker_threads');
  const load = (name) => {
    const module = { exports: {} };
    process.dlopen(module, path.join(${JSON.stringify(dir)}, name + '.node'));
    return module.exports;
  };
  const objects = load('objects');
  const async = load('async');
  const counter = new objects.Counter(1);
  async.sumAsync(100).then((sum) => parentPort.postMessage([sum, counter.inc().value]));
`;

for (let i = 0; i < 2; i++) {
  const worker = new Worker(source, { eval: true });
  worker.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [5050, 2])));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

const busy = new Worker(`${source}
  async.produce(1e6, () => {}, () => {});
  setInterval(() => {}, 1000);
`, { eval: true });
busy.on('message', common.mustCall(() => busy.terminate()));
busy.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
