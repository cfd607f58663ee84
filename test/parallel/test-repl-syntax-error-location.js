'use strict';
// A parse error typed at the REPL shows its line with a caret under the token,
// in V8's words; input that ends too early waits for the next line.
require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

function run(...lines) {
  const output = new PassThrough();
  let text = '';
  output.write = (data) => { text += data; return true; };
  const server = repl.start({ input: new PassThrough(), output, terminal: false, prompt: '',
                              useColors: false });
  for (const line of lines) server.write(`${line}\n`);
  server.close();
  return text;
}

assert.strictEqual(run('let x y;'), "let x y;\n      ^\n\nUncaught SyntaxError: Unexpected identifier 'y'\n");
assert.strictEqual(run('var 4;'), 'var 4;\n    ^\n\nUncaught SyntaxError: Unexpected number\n');
// Multi-line input: an open function, call or template goes on.
assert.strictEqual(run('function f() {', '  return 42;', '}', 'f()'), '| | undefined\n42\n');
assert.strictEqual(run('[1,', '2].length'), '| 2\n');
