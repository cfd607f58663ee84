'use strict';
// --disallow-code-generation-from-strings: eval() and the Function constructors throw
// an EvalError in the main realm and in workers; modules still load, and vm
// contexts keep their own codeGeneration setting (strings allowed by default).
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const program = `
const vm = require('vm');
const tries = {
  eval: () => eval('1'),
  Function: () => new Function('return 1'),
  GeneratorFunction: () => (function* () {}).constructor('yield 1'),
  AsyncFunction: () => (async () => {}).constructor('return 1'),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    f();
    console.log(name, 'ran');
  } catch (e) {
    console.log(name, e instanceof EvalError, e.message);
  }
}
console.log('vm', vm.runInThisContext('1 + 1'), vm.runInNewContext('eval("1 + 2")'));
const { Worker } = require('worker_threads');
new Worker('try { eval("1"); console.log("worker ran") } catch (e) { console.log("worker", e.name) }',
           { eval: true });
`;
const message = 'Code generation from strings disallowed for this context';
const expected = [
  `eval true ${message}`,
  `Function true ${message}`,
  `GeneratorFunction true ${message}`,
  `AsyncFunction true ${message}`,
  'vm 2 3',
  'worker EvalError',
  '',
].join('\n');

const flag = '--disallow-code-generation-from-strings';
const byFlag = run([flag, '-e', program]);
assert.strictEqual(byFlag.stderr, '');
assert.strictEqual(byFlag.stdout, expected);
assert.strictEqual(byFlag.code, 0);

const byEnv = run(['-e', program], { env: { ...process.env, NODE_OPTIONS: flag } });
assert.strictEqual(byEnv.stdout, expected);

// Without the flag (or with its negation) code generation is allowed.
const off = run([flag, `--no-${flag.slice(2)}`, '-e', 'console.log(eval("6 * 7"))']);
assert.strictEqual(off.stdout, '42\n');
