// A script (not a module) may use `await` as a name outside async functions:
// such code still runs after eddy's await rewrite, and objects, methods and
// properties named await are left alone.
'use strict';
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();

// Sloppy code with a variable and a function named await.
assert.strictEqual(vm.runInThisContext(`
  var await = 2;
  function f(await) { return await + 1; }
  f(await) + await * 2 + (await / 2)
`), 8);
assert.strictEqual(vm.runInThisContext('function await(x) { return x * 3 }\nawait(2)'), 6);
assert.strictEqual(vm.runInThisContext('(async () => { const f = (x) => x; return f(1) })\nvar await = 7; await'), 7);

// (In a function: eddy's module detection takes a top-level `await =` for one.)
function make() {
  const o = {
    await: 1,
    await2() { return this.await + 1; },
    async await3() { return this.await; },
  };
  class K {
    await = 5;
    await() { return this.await; }
  }
  return { o, K };
}
const { o, K } = make();
als.run({ id: 1 }, common.mustCall(async () => {
  assert.strictEqual(o.await, 1);
  assert.strictEqual(o.await2(), 2);
  assert.strictEqual(await o.await3(), 1);
  assert.strictEqual(new K().await, 5);
  assert.strictEqual(K.prototype.await.call({ await: 6 }), 6);
  const { await: renamed } = { await: 'x' };
  assert.strictEqual(renamed, 'x');
  assert.strictEqual(als.getStore().id, 1);
  // eval'd and vm code in the main context gets the rewrite too.
  const p = vm.runInThisContext(`(async (als) => {
    await new Promise((r) => setTimeout(r, 1));
    return als.getStore();
  })`)(als);
  assert.strictEqual((await p).id, 1);
  // Function#toString of code without await is unchanged.
  function plain() { return 1; }
  assert.strictEqual(plain.toString(), 'function plain() { return 1; }');
}));
