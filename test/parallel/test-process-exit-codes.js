'use strict';
// Exit codes: exitCode, exit(n), uncaught errors (1), a throwing 'exit' handler (7),
// and the 'exit' event's argument.
require('../common');
const assert = require('assert');
const { run } = require('../common/child');

const cases = [
  ['process.exitCode = 3', 3, ''],
  ['process.exit(5); console.log("not reached")', 5, ''],
  ['process.on("exit", (c) => console.log("exit", c)); process.exitCode = 2', 2, 'exit 2\n'],
  ['process.on("exit", (c) => console.log("exit", c)); process.exit()', 0, 'exit 0\n'],
  ['process.on("exit", (c) => console.log("exit", c, process.exitCode)); throw new Error("x")', 1, 'exit 1 1\n'],
  ['process.on("exit", () => { throw new Error("in exit") }); throw new Error("x")', 1, ''],
  ['process.on("exit", () => { throw new Error("in exit") })', 1, ''],
  ['process.on("uncaughtException", () => { throw new Error("in handler") }); throw new Error("x")', 7, ''],
  ['process.exit("6")', 6, ''],
  // An 'exit' listener may turn an uncaught error's exit code into 0.
  ['process.on("exit", () => { process.exitCode = 0 }); throw new Error("x")', 0, ''],
  // A replaced, non-function process._fatalException exits with 6.
  ['process._fatalException = undefined; throw new Error("x")', 6, ''],
  ['setTimeout(() => process.exit(8), 1); setInterval(() => {}, 1000)', 8, ''],
];
for (const [code, status, stdout] of cases) {
  const r = run(['-e', code]);
  assert.strictEqual(r.code, status, `${code}: ${r.stderr}`);
  assert.strictEqual(r.stdout, stdout, code);
}
