'use strict';
// A worker that ends (uncaught error, process.exit(), terminate()) while workers
// it started are still running stops them and waits for them, as node does; the
// process neither crashes nor waits for the inner workers.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const endings = [
  'throw new Error("outer failed")',
  'process.exit(3)',
  'setImmediate(() => process.exit(4))',
  'require("worker_threads").parentPort.postMessage("started")',
];
let rounds = 0;
function round(ending) {
  const outer = new Worker(`
    const { Worker } = require('worker_threads');
    new Worker('setInterval(() => {}, 1000)', { eval: true });
    new Worker("throw new Error('inner failed')", { eval: true }).on('error', () => {});
    ${ending}
  `, { eval: true });
  outer.on('error', () => {});
  outer.on('message', () => outer.terminate());
  outer.on('exit', common.mustCall((code) => {
    assert.notStrictEqual(code, 0);
    if (++rounds < endings.length * 2) round(endings[rounds % endings.length]);
  }));
}
round(endings[0]);
