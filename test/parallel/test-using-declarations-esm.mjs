// `using` and `await using` at the top level of an ES module and inside its
// functions: disposed when the module body ends, before a later import runs on.
import '../common/index.js';
import assert from 'node:assert';

const log = [];
export function make(name) {
  return { [Symbol.dispose]() { log.push(`dispose ${name}`); } };
}

using top = make('top');
await using asyncTop = { async [Symbol.asyncDispose]() { log.push('async top'); } };
log.push('module body');

export function inner() {
  using r = make('inner');
  return log.length;
}

process.on('exit', () => {
  assert.deepStrictEqual(log.slice(0, 3), ['module body', 'async top', 'dispose top']);
  assert.strictEqual(typeof inner(), 'number');
  assert.strictEqual(log.at(-1), 'dispose inner');
});
