'use strict';
// How the REPL prints what an input throws: "Uncaught " and the error (its
// header on a line of its own under "Uncaught:" when longer than 80 columns),
// frames of the input's own functions only, own properties, errors of the
// context's realm; an embedded REPL refuses 'uncaughtException' listeners; an
// error thrown inside a domain the input entered goes to that domain.
require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

function run(line) {
  const output = new PassThrough();
  let text = '';
  output.write = (data) => { text += data; return true; };
  const server = repl.start({ input: new PassThrough(), output, terminal: false, prompt: '',
                              useColors: false });
  server.write(`${line}\n`);
  server.close();
  return text;
}

assert.strictEqual(run('x'), 'Uncaught ReferenceError: x is not defined\n');
assert.strictEqual(run('throw new Error("short")'), 'Uncaught Error: short\n');
assert.strictEqual(run(`throw new Error("${'a'.repeat(80)}")`), `Uncaught:\nError: ${'a'.repeat(80)}\n`);
assert.strictEqual(run('throw Object.assign(new Error("x"), { code: 1 })'), 'Uncaught [Error: x] { code: 1 }\n');
assert.strictEqual(run('throw { foo: "test" }'), "Uncaught { foo: 'test' }\n");
assert.match(run('function f() { throw new TypeError("in f"); } f()'),
             /^Uncaught TypeError: in f\n    at f \(REPL\d+:1:\d+\)\n$/);
assert.match(run('process.on("uncaughtException", () => {})'),
             /^Uncaught:\nTypeError \[ERR_INVALID_REPL_INPUT]: Listeners for `uncaughtException` cannot be used in the REPL\n/);
assert.strictEqual(process.listenerCount('uncaughtException'), 0);
assert.strictEqual(
  run('require("domain").create().on("error", (e) => console.log("took", e.message)).run(() => { throw new Error("t") })'),
  'took t\n');
