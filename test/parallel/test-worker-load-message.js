'use strict';
// What a worker is started with reaches it: no workerData (undefined), workerData
// carrying a transferred port and ArrayBuffer, the parent's environment data, an
// env of its own; parentPort is one object; 'online' comes before the worker's
// first message; a workerData or transferList that cannot be sent throws in the
// constructor and starts nothing.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, setEnvironmentData } = require('worker_threads');

assert.throws(() => new Worker('0', { eval: true, workerData: () => {} }), {
  name: 'DataCloneError',
  message: '() => {} could not be cloned.',
});
assert.throws(() => new Worker('0', { eval: true, transferList: [1] }), {
  name: 'DataCloneError',
  message: 'Found invalid value in transferList.',
});

// Nothing to clone: workerData is undefined, the environment data is empty.
const bare = new Worker(`
  const { workerData, parentPort, getEnvironmentData, threadName } = require('worker_threads');
  parentPort.postMessage([workerData === undefined, getEnvironmentData('k') === undefined,
    parentPort === require('worker_threads').parentPort, threadName, process.env.EDDY_TEST_LOAD]);
`, { eval: true, env: { EDDY_TEST_LOAD: 'yes' } });
let online = false;
bare.on('online', common.mustCall(() => { online = true; }));
bare.on('message', common.mustCall((m) => {
  assert.ok(online);
  assert.deepStrictEqual(m, [true, true, true, 'WorkerThread', 'yes']);
}));
bare.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  withData();
}));

function withData() {
  setEnvironmentData('k', { a: [1, 2] });
  const { port1, port2 } = new MessageChannel();
  const buffer = new ArrayBuffer(8);
  const w = new Worker(`
    const { workerData, parentPort, getEnvironmentData } = require('worker_threads');
    workerData.port.postMessage([workerData.n, workerData.buffer.byteLength, getEnvironmentData('k')]);
    workerData.port.close();
  `, { eval: true, workerData: { n: 42, port: port2, buffer }, transferList: [port2, buffer], name: 'loader' });
  assert.strictEqual(buffer.byteLength, 0); // transferred
  port1.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, [42, 8, { a: [1, 2] }]);
    port1.close();
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
