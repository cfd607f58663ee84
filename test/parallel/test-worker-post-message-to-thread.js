'use strict';
// postMessageToThread(): a value (with transferred ports) reaches another thread's
// process 'workerMessage' event with the sender's threadId, worker to parent,
// parent to worker and worker to sibling; the promise rejects when the target is
// this thread, does not exist, has no listener, or its listener throws.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const { Worker, postMessageToThread, threadId, MessageChannel } = require('worker_threads');

const workerSource = `
  const { parentPort, postMessageToThread, threadId } = require('worker_threads');
  process.on('workerMessage', (value, source) => {
    if (value === 'throw') throw new Error('listener failed');
    if (value.port) {
      value.port.postMessage({ at: threadId, from: source, text: value.text });
      value.port.close();
      return;
    }
    parentPort.postMessage({ at: threadId, from: source, value });
  });
  parentPort.on('message', async (m) => {
    if (m.to !== undefined) await postMessageToThread(m.to, { hello: threadId });
    if (m.done) parentPort.close();
  });
  parentPort.postMessage('ready');
`;

(async () => {
  await assert.rejects(postMessageToThread(threadId, 1), { code: 'ERR_WORKER_MESSAGING_SAME_THREAD' });
  await assert.rejects(postMessageToThread(987654, 1), { code: 'ERR_WORKER_MESSAGING_FAILED' });

  const a = new Worker(workerSource, { eval: true });
  const b = new Worker(workerSource, { eval: true });
  await Promise.all([once(a, 'message'), once(b, 'message')]);

  // Parent to worker, with a port.
  const { port1, port2 } = new MessageChannel();
  await postMessageToThread(a.threadId, { port: port2, text: 'hi' }, [port2]);
  const [reply] = await once(port1, 'message');
  assert.deepStrictEqual(reply, { at: a.threadId, from: threadId, text: 'hi' });
  port1.close();

  // Worker b to sibling a.
  b.postMessage({ to: a.threadId });
  const [seen] = await once(a, 'message');
  assert.deepStrictEqual(seen, { at: a.threadId, from: b.threadId, value: { hello: b.threadId } });

  // Worker to the main thread.
  process.once('workerMessage', common.mustCall((value, source) => {
    assert.deepStrictEqual(value, { hello: a.threadId });
    assert.strictEqual(source, a.threadId);
  }));
  a.postMessage({ to: threadId });
  await once(process, 'workerMessage');

  await assert.rejects(postMessageToThread(a.threadId, 'throw'), { code: 'ERR_WORKER_MESSAGING_ERRORED' });

  a.terminate();
  b.terminate();
  await Promise.all([once(a, 'exit'), once(b, 'exit')]);
  await assert.rejects(postMessageToThread(a.threadId, 1), { code: 'ERR_WORKER_MESSAGING_FAILED' });
})().then(common.mustCall());
