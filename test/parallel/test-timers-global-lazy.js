'use strict';
// The timer globals are node's plain values (the machinery behind them may load
// on first use): the same functions as node:timers, clear* of anything before any
// timer exists is a no-op, and util.promisify gives timers/promises.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

// In a fresh process, before any timer: descriptors, identity, no-op clears.
const probe = `
  const names = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'];
  const out = names.map((n) => {
    const d = Object.getOwnPropertyDescriptor(globalThis, n);
    return [n, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.name];
  });
  clearTimeout(1); clearTimeout('1'); clearTimeout({}); clearTimeout(null);
  clearInterval(undefined); clearImmediate({ _destroyed: false });
  const timers = require('timers');
  out.push(names.every((n) => timers[n] === globalThis[n]));
  console.log(JSON.stringify(out));
`;
const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 0);
const out = JSON.parse(r.stdout);
assert.strictEqual(out.pop(), true);
for (const [name, type, writable, enumerable, configurable, fnName] of out) {
  assert.deepStrictEqual([type, writable, enumerable, configurable, fnName],
    ['function', true, true, true, name], name);
}

const util = require('util');
assert.strictEqual(util.promisify(setTimeout), require('timers/promises').setTimeout);
assert.strictEqual(util.promisify(setImmediate), require('timers/promises').setImmediate);

// Order of the first timers of a program, and arguments passed through.
const order = [];
setTimeout((a, b) => order.push(`timeout ${a} ${b}`), 50, 'x', 'y');
setImmediate((a) => order.push(`immediate ${a}`), 'z');
const t = setTimeout(() => order.push('cleared'), 1);
clearTimeout(t);
const i = setInterval(() => {
  order.push('interval');
  clearInterval(i);
}, 60);
setTimeout(() => {
  assert.deepStrictEqual(order, ['immediate z', 'timeout x y', 'interval']);
}, 100);
