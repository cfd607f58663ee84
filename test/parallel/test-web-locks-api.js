'use strict';
// navigator.locks: modes, ifAvailable, steal, signal, query, and node's errors.
const common = require('../common');
const assert = require('node:assert');
const { locks } = require('node:worker_threads');

const lm = navigator.locks;
assert.strictEqual(locks, lm);
assert.strictEqual(Object.prototype.toString.call(lm), '[object LockManager]');
assert.throws(() => new lm.constructor(), TypeError);

function rejectsDOM(promise, name, message) {
  return assert.rejects(promise, (err) => {
    assert(err instanceof DOMException);
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.message, message);
    return true;
  });
}

(async () => {
  // Validation, in node's order and with node's texts.
  await assert.rejects(lm.request('a'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received undefined',
  });
  await assert.rejects(lm.request(Symbol(), 5), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(lm.request('a', 'str', () => {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Value cannot be converted to a dictionary',
  });
  await assert.rejects(lm.request('a', { mode: 'bad' }, () => {}), {
    code: 'ERR_INVALID_ARG_VALUE', message: "mode value 'bad' is not a valid enum value of type LockMode.",
  });
  await assert.rejects(lm.request('a', { signal: {} }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  await rejectsDOM(lm.request('-a', () => {}), 'NotSupportedError', 'Lock name may not start with hyphen');
  await rejectsDOM(lm.request('a', { steal: true, ifAvailable: true }, () => {}),
                   'NotSupportedError', 'ifAvailable and steal are mutually exclusive');
  await rejectsDOM(lm.request('a', { steal: true, mode: 'shared' }, () => {}),
                   'NotSupportedError', 'mode: "shared" and steal are mutually exclusive');
  await rejectsDOM(lm.request('a', { ifAvailable: true, signal: new AbortController().signal }, () => {}),
                   'NotSupportedError', 'signal cannot be used with steal or ifAvailable');
  await rejectsDOM(lm.request('-a', { signal: AbortSignal.abort() }, () => {}),
                   'AbortError', 'This operation was aborted');

  // A free lock runs its callback within request(); a sync result frees it at once.
  const order = [];
  const p = lm.request('sync', (lock) => {
    order.push(`${lock.name} ${lock.mode}`);
    return 7;
  });
  order.push('after');
  assert.deepStrictEqual(order, ['sync exclusive', 'after']);
  assert.strictEqual(await p, 7);

  // The lock object.
  const lock = await lm.request('obj', (l) => l);
  assert.strictEqual(Object.prototype.toString.call(lock), '[object Lock]');
  assert.deepStrictEqual(Object.keys(lock), []);
  assert.strictEqual(lock.name, 'obj');

  // Exclusive waits for exclusive; shared locks share; ifAvailable gets null.
  const log = [];
  await lm.request('r', async () => {
    const waiting = lm.request('r', () => log.push('second'));
    assert.strictEqual(await lm.request('r', { ifAvailable: true }, (l) => l), null);
    assert.strictEqual(await lm.request('other', { ifAvailable: true }, (l) => l.name), 'other');
    const state = await lm.query();
    assert.deepStrictEqual(state.held.map((l) => [l.name, l.mode]), [['r', 'exclusive']]);
    assert.deepStrictEqual(state.pending.map((l) => [l.name, l.mode]), [['r', 'exclusive']]);
    assert.match(state.held[0].clientId, /^node-\d+-0$/);
    log.push('first');
    waiting.then(common.mustCall());
  });
  await lm.request('r', () => {});
  assert.deepStrictEqual(log, ['first', 'second']);

  await lm.request('s', { mode: 'shared' }, async () => {
    assert.strictEqual(await lm.request('s', { mode: 'shared' }, (l) => l.mode), 'shared');
  });

  // A callback that throws or rejects frees the lock and rejects the request.
  await assert.rejects(lm.request('t1', () => { throw new Error('sync'); }), /sync/);
  await assert.rejects(lm.request('t2', async () => { throw new Error('async'); }), /async/);
  assert.strictEqual(await lm.request('t2', { ifAvailable: true }, (l) => l.name), 't2');

  // steal: the holder's request rejects with AbortError, the thief runs at once.
  let finish;
  const held = lm.request('st', () => new Promise((resolve) => { finish = resolve; }));
  const queued = lm.request('st', () => 'queued ran');
  assert.strictEqual(await lm.request('st', { steal: true }, () => 'stolen'), 'stolen');
  await rejectsDOM(held, 'AbortError', 'The operation was aborted');
  assert.strictEqual(await queued, 'queued ran');
  finish();

  // signal: aborting a waiting request rejects it with the reason and dequeues it.
  const ac = new AbortController();
  await lm.request('sig', async () => {
    const waiting = lm.request('sig', { signal: ac.signal }, common.mustNotCall());
    ac.abort('why');
    await assert.rejects(waiting, (reason) => reason === 'why');
  });
  // Aborting after the grant changes nothing.
  const ac2 = new AbortController();
  assert.strictEqual(await lm.request('sig', { signal: ac2.signal }, async () => {
    ac2.abort();
    return 'kept';
  }), 'kept');
})().then(common.mustCall());
