'use strict';
// vm's `timeout` stops a looping script with ERR_SCRIPT_EXECUTION_TIMEOUT, which
// its caller can catch; a try/catch inside the script cannot swallow it, and with
// nested runs the run whose deadline passed is the one that reports.
require('../common');
const assert = require('assert');
const vm = require('vm');

const timedOut = (ms) => ({
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: `Script execution timed out after ${ms}ms`,
});

assert.throws(() => vm.runInThisContext('while (true) {}', { timeout: 20 }), timedOut(20));
assert.throws(() => vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }), timedOut(20));
assert.throws(() => new vm.Script('do {} while (1)').runInContext(vm.createContext(), {
  timeout: 20,
}), timedOut(20));
assert.throws(() => vm.runInNewContext(
  'for (;;) { try { while (true) {} } catch (e) { caught++; } }', { caught: 0 },
  { timeout: 20 }), timedOut(20));

// A script that ends in time returns its value.
assert.strictEqual(
  vm.runInNewContext('let s = 0; for (let i = 0; i < 10; i++) s += i; s', {}, { timeout: 1000 }),
  45);

// Inner deadline first: the inner run reports.
const context = {
  runInVM(timeout) {
    vm.runInNewContext('while (true) {}', context, { timeout });
  },
};
assert.throws(() => vm.runInNewContext('runInVM(10)', context, { timeout: 10000 }),
              timedOut(10));
// Outer deadline first: the outer run reports, even through a catch in between.
assert.throws(() => vm.runInNewContext('runInVM(10000)', context, { timeout: 50 }),
              timedOut(50));
const catching = {
  runInVM(timeout) {
    try {
      vm.runInNewContext('while (true) {}', catching, { timeout });
    } catch {
      // the outer run's timeout is reported anyway
    }
  },
};
assert.throws(() => vm.runInNewContext('runInVM(10000)', catching, { timeout: 50 }),
              timedOut(50));

// The check the script calls is not a property of its global.
const sandbox = {};
vm.runInNewContext('for (;;) break;', sandbox, { timeout: 100 });
assert.deepStrictEqual(Object.keys(sandbox), []);
assert.strictEqual(vm.runInNewContext(
  'Object.getOwnPropertyNames(globalThis).filter((name) => name.includes("interrupt")).length',
  sandbox), 0);
