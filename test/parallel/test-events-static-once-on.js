'use strict';
// events.once and events.on: values, 'error', AbortSignal, close events.
const common = require('../common');
const assert = require('assert');
const { once, on, EventEmitter, getEventListeners, getMaxListeners, setMaxListeners,
        addAbortListener, listenerCount } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('foo', 1, 2));
  assert.deepStrictEqual(await once(ee, 'foo'), [1, 2]);
  assert.strictEqual(ee.listenerCount('error'), 0);

  process.nextTick(() => ee.emit('error', new Error('bad')));
  await assert.rejects(once(ee, 'foo'), { message: 'bad' });
  assert.strictEqual(ee.listenerCount('foo'), 0);

  const ac = new AbortController();
  const p = once(ee, 'foo', { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR',
                            message: 'The operation was aborted' });
  await assert.rejects(once(ee, 'foo', { signal: AbortSignal.abort('why') }),
                       (e) => e.cause === 'why');
  await assert.rejects(once(ee, 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });

  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('bar')));
  const [ev] = await once(et, 'bar');
  assert.strictEqual(ev.type, 'bar');

  assert.strictEqual(getMaxListeners(ee), 10);
  assert.strictEqual(getMaxListeners(et), 10);
  setMaxListeners(5, ee, et);
  assert.strictEqual(getMaxListeners(ee), 5);
  assert.strictEqual(getMaxListeners(et), 5);
  assert.throws(() => setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  const fn = () => {};
  et.addEventListener('x', fn);
  assert.deepStrictEqual(getEventListeners(et, 'x'), [fn]);
  assert.strictEqual(listenerCount(ee, 'foo'), 0);

  const it = on(ee, 'tick');
  process.nextTick(() => {
    ee.emit('tick', 1);
    ee.emit('tick', 2);
    ee.emit('error', new Error('iter err'));
  });
  const seen = [];
  await assert.rejects(async () => {
    for await (const v of it) seen.push(v);
  }, { message: 'iter err' });
  assert.deepStrictEqual(seen, [[1], [2]]);

  const it3 = on(ee, 'x', { close: ['end'] });
  process.nextTick(() => {
    ee.emit('x', 1);
    ee.emit('end');
  });
  const got = [];
  for await (const v of it3) got.push(v);
  assert.deepStrictEqual(got, [[1]]);
  assert.strictEqual(ee.listenerCount('x') + ee.listenerCount('end') + ee.listenerCount('error'), 0);

  assert.throws(() => on(ee, 'x', { highWaterMark: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= ' +
      '9007199254740991. Received -1',
  });

  const ac3 = new AbortController();
  ac3.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const disposable = addAbortListener(ac3.signal, common.mustCall((e) => assert.strictEqual(e.type, 'abort')));
  assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
  ac3.abort();
  assert.throws(() => addAbortListener(1, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
  });
})().then(common.mustCall());
