'use strict';
// process.domain, domain.active and domain._stack as node keeps them: null before
// any domain is used, undefined once the last one is exited, null after an error
// was handled; a callback scheduled in a domain runs with it entered (stack of
// one), and a domain's 'error' listener runs outside it.
const common = require('../common');
const assert = require('node:assert');

assert.strictEqual(process.domain, null);
const domain = require('node:domain');
assert.strictEqual(process.domain, null);
assert.strictEqual(domain.active, null);

const d = domain.create();
const d2 = domain.create();
d.run(() => {
  assert.strictEqual(process.domain, d);
  assert.deepStrictEqual(domain._stack, [d]);
  d2.run(() => assert.deepStrictEqual(domain._stack, [d, d2]));
  assert.strictEqual(domain.active, d);
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(process.domain, d);
    assert.deepStrictEqual(domain._stack, [d]);
  }));
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(domain._stack, [d]);
    d2.run(() => assert.deepStrictEqual(domain._stack, [d, d2]));
    assert.strictEqual(process.domain, d);
    assert.deepStrictEqual(domain._stack, [d]);
  }), 1);
});
assert.strictEqual(process.domain, undefined);
assert.strictEqual(domain.active, undefined);
assert.strictEqual(domain._stack.length, 0);

// An emitter's unhandled 'error' goes to its domain, whose listener runs in the
// domain the emitter's was entered from; all is restored afterwards.
const outer = domain.create();
const inner = domain.create();
inner.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'emitted');
  assert.strictEqual(process.domain, outer);
  assert.deepStrictEqual(domain._stack, [outer]);
}));
outer.run(() => inner.run(() => {
  const EventEmitter = require('node:events');
  new EventEmitter().emit('error', new Error('emitted'));
  assert.deepStrictEqual(domain._stack, [outer, inner]);
  assert.strictEqual(process.domain, inner);
}));

// A thrown error: the listener runs outside the domain it was thrown in; after
// it the stack is empty and process.domain is null, also in later callbacks that
// belong to no domain.
const thrower = domain.create();
thrower.on('error', common.mustCall((err) => {
  assert.strictEqual(err.domain, thrower);
  assert.strictEqual(process.domain, undefined);
  assert.strictEqual(domain._stack.length, 0);
}));
setTimeout(common.mustCall(() => {
  assert.strictEqual(process.domain, null);
}), 20);
setTimeout(() => thrower.run(() => {
  throw new Error('thrown');
}), 10);
