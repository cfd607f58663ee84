'use strict';
// mock.timers: setTimeout/setInterval/Date on a clock moved by tick() and
// runAll(); reset() gives the real timers back.
require('../common');
const assert = require('assert');
const { mock } = require('node:test');
const timersPromises = require('timers/promises');

const realSetTimeout = globalThis.setTimeout;
assert.throws(() => mock.timers.tick(1), {
  code: 'ERR_INVALID_STATE',
  message: 'Invalid state: You should enable MockTimers first by calling the .enable function',
});
mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
assert.throws(() => mock.timers.enable(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: MockTimers is already enabled!' });
assert.throws(() => mock.timers.tick(-1), { code: 'ERR_INVALID_ARG_VALUE' });

const log = [];
setTimeout(() => log.push(`t50@${Date.now()}`), 50);
const interval = setInterval(() => log.push('interval'), 20);
setTimeout((a, b) => log.push(`t10 ${a}${b}`), 10, 'x', 'y');
const cancelled = setTimeout(() => log.push('never'), 5);
clearTimeout(cancelled);
mock.timers.tick(45);
assert.deepStrictEqual(log, ['t10 xy', 'interval', 'interval']);
assert.strictEqual(Date.now(), 1045);
assert.strictEqual(new Date().getTime(), 1045);
clearInterval(interval);
mock.timers.runAll();
assert.deepStrictEqual(log, ['t10 xy', 'interval', 'interval', 't50@1050']);
mock.timers.reset();
assert.strictEqual(globalThis.setTimeout, realSetTimeout);
assert.ok(Date.now() > 1e12);

mock.timers.enable({ apis: ['setTimeout'] });
const p = timersPromises.setTimeout(100, 'value');
mock.timers.tick(100);
p.then((v) => {
  assert.strictEqual(v, 'value');
  mock.timers.reset();
});

assert.throws(() => { mock.timers.reset(); mock.timers.enable({ apis: ['foo'] }); }, {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.apis' option foo is not supported. Received 'foo'",
});
