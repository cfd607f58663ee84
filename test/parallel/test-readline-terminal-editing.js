'use strict';
// terminal: true edits the line in place: cursor keys, insertion, ctrl-u/ctrl-w,
// history (with 'history' events), tab completion and ctrl-c -> 'SIGINT'.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.resume();
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  completer: (line) => [['apple', 'banana'].filter((c) => c.startsWith(line)), line],
});
const log = [];
rl.on('line', (line) => log.push(`line:${line}`));
rl.on('history', (h) => log.push(`history:${h.join('|')}`));
rl.on('SIGINT', common.mustCall(() => log.push('SIGINT')));

input.write('abc\x1b[D\x1b[DX\r');   // left, left, insert X
input.write('second\r');
input.write('\x1b[A');                 // history: previous line
assert.strictEqual(rl.line, 'second');
assert.strictEqual(rl.cursor, 6);
input.write('\x15');                   // ctrl-u: delete to line start
assert.strictEqual(rl.line, '');
input.write('hello world\x17');        // ctrl-w: delete word left
assert.strictEqual(rl.line, 'hello ');
input.write('\x15ba\t');               // tab completes 'banana'
assert.strictEqual(rl.line, 'banana');
input.write('\x03');                   // ctrl-c
input.write('\r');
rl.close();
assert.deepStrictEqual(log, [
  'history:aXbc', 'line:aXbc', 'history:second|aXbc', 'line:second', 'SIGINT',
  'history:banana|second|aXbc', 'line:banana',
]);
