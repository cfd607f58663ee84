'use strict';
// readline's cursor position stays right while characters are typed or pasted
// in the middle of a line, across wrapping, wide characters, tabs and edits
// before the cursor; a long paste mid-line keeps the text in order.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 20;
output.isTTY = true;
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });

input.write('{}');
input.emit('keypress', '', { name: 'left' });
assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 3 });
input.write('a'.repeat(30));
assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 13 });
input.write('中文');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 17 });
input.write('\t');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 2, cols: 0 });
// An edit before the cursor.
input.emit('keypress', '', { name: 'home' });
input.write('xyz');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 5 });
input.emit('keypress', '', { name: 'end' });
assert.deepStrictEqual(rl.getCursorPos(), { rows: 2, cols: 9 });
input.emit('keypress', '', { ctrl: true, name: 'u' });
assert.strictEqual(rl.line, '');

// A long paste between the braces.
input.write('()');
input.emit('keypress', '', { name: 'left' });
input.write('b'.repeat(20000));
assert.strictEqual(rl.line, `(${'b'.repeat(20000)})`);
assert.deepStrictEqual(rl.getCursorPos(), { rows: 1000, cols: 3 });
rl.close();
