'use strict';
// `const x = await p` at the REPL's top level defines x for later inputs.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const output = new PassThrough();
let text = '';
output.write = (data) => { text += data; return true; };
const server = repl.start({ input: new PassThrough(), output, prompt: '', terminal: false });
server.write('const x = await Promise.resolve(7)\n');
setTimeout(common.mustCall(() => {
  server.write('let y = await Promise.resolve(x + 1)\n');
  setTimeout(common.mustCall(() => {
    server.write('[x, y]\n');
    assert.strictEqual(text, 'undefined\nundefined\n[ 7, 8 ]\n');
    server.close();
  }), 50);
}), 50);
