'use strict';
// A SharedArrayBuffer sent to a worker (workerData, postMessage, a MessagePort)
// is the same memory there: writes are seen on both sides and Atomics.wait in
// the worker is woken by Atomics.notify here. It outlives the thread that made it.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker, MessageChannel } = require('worker_threads');

(async () => {
  const sab = new SharedArrayBuffer(16);
  const shared = new Int32Array(sab);
  const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const a = new Int32Array(workerData.sab);
    a[0] = 42;
    parentPort.postMessage(workerData.sab instanceof SharedArrayBuffer);
    Atomics.wait(a, 1, 0);
    parentPort.once('message', ({ port, other }) => {
      new Int32Array(other)[0] = a[1] * 2;
      port.postMessage('done');
    });
    parentPort.postMessage('woken');
  `, { eval: true, workerData: { sab } });
  const [isShared] = await once(w, 'message');
  assert.strictEqual(isShared, true);
  assert.strictEqual(shared[0], 42);
  Atomics.store(shared, 1, 21);
  Atomics.notify(shared, 1);
  assert.deepStrictEqual(await once(w, 'message'), ['woken']);

  const other = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ port: port2, other }, [port2]);
  await once(port1, 'message');
  assert.strictEqual(new Int32Array(other)[0], 42);
  port1.close();
  await w.terminate();

  // Made in a worker that has ended since.
  const maker = new Worker(`
    const { parentPort } = require('worker_threads');
    const made = new SharedArrayBuffer(8);
    new Uint8Array(made)[0] = 9;
    parentPort.postMessage(made);
  `, { eval: true });
  // Listening for 'exit' first: when the message is read only as the worker ends,
  // 'message' and 'exit' are emitted in one go (seen with node on a busy machine).
  const exited = once(maker, 'exit');
  const [made] = await once(maker, 'message');
  await exited;
  const bytes = new Uint8Array(made);
  assert.strictEqual(bytes[0], 9);
  bytes[1] = 8;
  assert.deepStrictEqual([...bytes], [9, 8, 0, 0, 0, 0, 0, 0]);
})().then(common.mustCall());
