'use strict';
// addAbortSignal() and the signal option destroy a stream with an AbortError
// (code ABORT_ERR) when the signal aborts.
const common = require('../common');
const assert = require('assert');
const { addAbortSignal, Readable, PassThrough } = require('stream');

// A minimal AbortSignal-shaped object keeps this test independent of the global.
function fakeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener() {},
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners) fn();
    },
  };
}

{
  const signal = fakeSignal();
  const r = addAbortSignal(signal, new Readable({ read() {} }));
  const log = [];
  r.on('error', common.mustCall((err) => {
    log.push('error');
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
  }));
  r.on('close', common.mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, ['error', 'close']);
  }));
  signal.abort('why');
}

{
  const signal = fakeSignal();
  const pt = new PassThrough({ signal });
  pt.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  signal.abort();
}

assert.throws(() => addAbortSignal('nope', new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortSignal(fakeSignal(), {}), { code: 'ERR_INVALID_ARG_TYPE' });
