'use strict';
// question() writes the query as the prompt, routes the next line to its callback
// instead of 'line', and restores the prompt; prompt()/setPrompt()/getPrompt().
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
assert.strictEqual(rl.getPrompt(), '$ ');
rl.prompt();
rl.on('line', common.mustCall((line) => {
  assert.strictEqual(line, 'after');
  rl.setPrompt('> ');
  rl.prompt();
  rl.close();
  assert.strictEqual(written, '$ name? > ');
}));
rl.question('name? ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'Ada');
  assert.strictEqual(rl.getPrompt(), '$ ');
  input.write('after\n');
}));
input.write('Ada\n');
