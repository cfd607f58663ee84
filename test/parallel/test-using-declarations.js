'use strict';
// `using` and `await using` declarations (explicit resource management): resources
// are disposed in reverse order when their block ends, however it ends; errors in
// the block and in disposal combine into SuppressedErrors; values are checked with
// V8's messages; line numbers in stacks stay where the source put them; and `using`
// is still an ordinary name elsewhere.
const common = require('../common');
const assert = require('node:assert');

const log = [];
const resource = (name) => ({ [Symbol.dispose]() { log.push(`dispose ${name}`); } });
globalThis.usingResource = resource;

{
  using a = resource('a'), b = resource('b');
  using nothing = null;
  using c = resource('c');
  log.push('body');
  assert.strictEqual(nothing, null);
  assert.strictEqual(typeof a[Symbol.dispose], 'function');
}
assert.deepStrictEqual(log.splice(0), ['body', 'dispose c', 'dispose b', 'dispose a']);

function early(flag) {
  using r = resource('r');
  if (flag) return 'returned';
  log.push('fell through');
  return 'end';
}
assert.strictEqual(early(true), 'returned');
assert.deepStrictEqual(log.splice(0), ['dispose r']);

for (let i = 0; i < 3; i++) {
  using r = resource(`loop ${i}`);
  if (i === 1) continue;
  if (i === 2) break;
}
assert.deepStrictEqual(log.splice(0), ['dispose loop 0', 'dispose loop 1', 'dispose loop 2']);

// Nested blocks dispose inner first.
{
  using outer = resource('outer');
  {
    using inner = resource('inner');
  }
  log.push('between');
}
assert.deepStrictEqual(log.splice(0), ['dispose inner', 'between', 'dispose outer']);

// A throwing body and throwing disposals: a SuppressedError per hidden error.
const failing = (msg) => ({ [Symbol.dispose]() { throw new Error(msg); } });
assert.throws(() => {
  using a = failing('dispose a');
  using b = failing('dispose b');
  throw new Error('body');
}, (err) => {
  assert.strictEqual(err.name, 'SuppressedError');
  assert.strictEqual(err.message, 'An error was suppressed during disposal');
  assert.strictEqual(err.error.message, 'dispose a');
  assert.strictEqual(err.suppressed.name, 'SuppressedError');
  assert.strictEqual(err.suppressed.error.message, 'dispose b');
  assert.strictEqual(err.suppressed.suppressed.message, 'body');
  return true;
});
assert.throws(() => { using a = failing('only'); }, { message: 'only' });

// Values are checked where they are declared; earlier ones are still disposed.
assert.throws(() => { using a = 5; }, { name: 'TypeError', message: 'An object is expected with `using` declarations' });
assert.throws(() => {
  using ok = resource('before bad');
  using bad = {};
}, { name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function' });
assert.deepStrictEqual(log.splice(0), ['dispose before bad']);

// A stack points at the user's own line.
function lineOfThrow() {
  using r = resource('line');
  return new Error('here').stack.split('\n')[1];
}
assert.match(lineOfThrow(), /test-using-declarations\.js:78:10\)$/);
log.length = 0;

// Code run by vm in this context is rewritten the same way.
require('node:vm').runInThisContext(`{
  using fromVm = globalThis.usingResource('vm');
}`, { contextName: 'x' });
assert.deepStrictEqual(log.splice(0), ['dispose vm']);

// `using` is still a name.
{
  const using = 1;
  const o = { using: 2 };
  assert.strictEqual(using + o.using, 3);
}

// await using: async disposal, awaited in reverse order, sync disposers accepted.
(async () => {
  {
    await using a = { async [Symbol.asyncDispose]() { await null; log.push('async a'); } };
    await using b = resource('sync b');
    await using none = undefined;
    log.push('async body');
  }
  log.push('after block');
  assert.deepStrictEqual(log.splice(0), ['async body', 'dispose sync b', 'async a', 'after block']);
  await assert.rejects(async () => {
    await using r = { async [Symbol.asyncDispose]() { throw new Error('async dispose'); } };
  }, { message: 'async dispose' });
})().then(common.mustCall());
