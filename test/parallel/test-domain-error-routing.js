'use strict';
// Errors thrown in callbacks scheduled inside a domain (timers, ticks, immediates,
// promise reactions, emitters) reach the domain's 'error' listener.
const common = require('../common');
const assert = require('node:assert');
const domain = require('node:domain');
const EventEmitter = require('node:events');

const d = domain.create();
const seen = [];
d.on('error', common.mustCall((err) => {
  if (err.message !== 'promise') assert.strictEqual(err.domain, d);
  seen.push(`${err.message}:${err.domainThrown}`);
}, 5));

d.run(() => {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  setTimeout(() => {
    assert.strictEqual(process.domain, d);
    throw new Error('timer');
  }, 1);
  process.nextTick(() => { throw new Error('tick'); });
  setImmediate(() => { throw new Error('immediate'); });
  Promise.resolve().then(() => { throw new Error('promise'); });
  const ee = new EventEmitter();
  assert.strictEqual(ee.domain, d);
  setTimeout(() => ee.emit('error', new Error('emitter')), 5);
});
assert.strictEqual(process.domain, undefined);

const d2 = domain.create();
d2.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'intercepted')));
d2.intercept(common.mustCall((a) => assert.strictEqual(a, 42)))(null, 42);
d2.intercept(common.mustNotCall())(new Error('intercepted'));

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), [
    'emitter:false', 'immediate:true', 'promise:undefined', 'tick:true', 'timer:true',
  ]);
});
