'use strict';
// util.transferableAbortSignal()/transferableAbortController(): a marked signal can
// be posted (cloned or in the transfer list, again and again) and every copy aborts
// with the original's reason, in this thread or a worker; it must be listed in the
// transfer list, and an unmarked one is just an object; a copy of an aborted signal
// arrives aborted; nothing keeps the loop alive.
const common = require('../common');
const assert = require('node:assert');
const { transferableAbortSignal, transferableAbortController } = require('node:util');
const { Worker } = require('node:worker_threads');

assert.throws(() => transferableAbortSignal({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => transferableAbortSignal(null), { code: 'ERR_INVALID_ARG_TYPE' });
const plain = new AbortController().signal;
assert.strictEqual(transferableAbortSignal(plain), plain);

{
  // An unmarked signal is an ordinary object to the serializer: it cannot be
  // transferred and clones as {}.
  const { port1, port2 } = new MessageChannel();
  const unmarked = new AbortController().signal;
  assert.throws(() => port2.postMessage(unmarked, [unmarked]), {
    name: 'DataCloneError', message: 'Found invalid value in transferList.',
  });
  assert.deepStrictEqual(structuredClone(unmarked), {});
  port1.onmessage = common.mustCall(({ data }) => {
    assert.deepStrictEqual(data, {});
    port1.close();
  });
  port2.postMessage(unmarked);
}

{
  // Posted three times: three live copies.
  const ac = transferableAbortController();
  const { port1, port2 } = new MessageChannel();
  const copies = [];
  port1.onmessage = common.mustCall(({ data }) => {
    assert.ok(data.signal instanceof AbortSignal);
    assert.notStrictEqual(data.signal, ac.signal);
    assert.strictEqual(data.signal.aborted, false);
    assert.strictEqual(data.again, data.signal); // one copy per message, references kept
    copies.push(data.signal);
    if (copies.length < 3) return;
    port1.close();
    let aborted = 0;
    for (const copy of copies) {
      copy.addEventListener('abort', common.mustCall(() => {
        assert.deepStrictEqual(copy.reason, { why: 'boom' });
        aborted++;
      }));
    }
    ac.abort({ why: 'boom' });
    assert.strictEqual(aborted, 0); // the copies hear of it through their channels
  }, 3);
  for (let i = 0; i < 3; i++) port2.postMessage({ signal: ac.signal, again: ac.signal }, [ac.signal]);
  assert.throws(() => port2.postMessage(ac.signal), {
    name: 'DataCloneError',
    message: 'Object that needs transfer was found in message but not listed in transferList',
  });
  assert.strictEqual(ac.signal.aborted, false); // transferring does not detach it
}

{
  // A signal that already aborted arrives aborted, with its reason.
  const signal = transferableAbortSignal(AbortSignal.abort(new RangeError('late')));
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = common.mustCall(({ data }) => {
    assert.strictEqual(data.aborted, true);
    assert.ok(data.reason instanceof RangeError);
    assert.strictEqual(data.reason.message, 'late');
    port1.close();
  });
  port2.postMessage(signal, [signal]);
}

{
  // Into a worker: the worker's copy aborts when the main thread's signal does.
  const ac = transferableAbortController();
  const worker = new Worker(`
    const { parentPort } = require('node:worker_threads');
    // on(), not once(): the listener keeps the worker running until it is terminated
    // (the signal's own channel does not keep a loop alive).
    parentPort.on('message', (signal) => {
      signal.addEventListener('abort', () => parentPort.postMessage('worker saw ' + signal.reason));
      parentPort.postMessage('ready');
    });
  `, { eval: true });
  worker.on('message', common.mustCall((msg) => {
    if (msg === 'ready') return ac.abort('stop');
    assert.strictEqual(msg, 'worker saw stop');
    worker.terminate();
  }, 2));
  worker.postMessage(ac.signal, [ac.signal]);
}
