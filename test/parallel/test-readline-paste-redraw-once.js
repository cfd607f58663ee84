'use strict';
// A chunk of several characters (a paste) is written as it comes, and the line is
// redrawn once, at the chunk's last character; a pasted Tab is text, not a
// completion request. A single typed character in mid-line redraws the line.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function session(columns) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = columns;
  output.isTTY = true;
  let completions = 0;
  const rl = readline.createInterface({
    input, output, terminal: true, prompt: '> ',
    completer: (line) => {
      completions++;
      return [['abc'], line];
    },
  });
  const writes = [];
  output.write = function(chunk) {
    writes.push(String(chunk));
    return true;
  };
  return { input, rl, writes, completions: () => completions };
}

// Mid-line: every pasted character but the last is written bare, then one redraw.
{
  const { input, rl, writes } = session(80);
  input.write('()');
  input.emit('keypress', '', { name: 'left' });
  writes.length = 0;
  input.write('bb');
  assert.deepStrictEqual(writes, ['b', '\x1b[1G', '\x1b[0J', '> (bb)', '\x1b[6G']);
  writes.length = 0;
  input.write('c');
  assert.deepStrictEqual(writes, ['\x1b[1G', '\x1b[0J', '> (bbc)', '\x1b[7G']);
  assert.strictEqual(rl.line, '(bbc)');
  rl.close();
}

// At the end of a wrapping line, a paste is written as it is.
{
  const { input, rl, writes } = session(5);
  writes.length = 0;
  input.write('bbbbbb');
  assert.deepStrictEqual(writes, ['b', 'b', 'b', 'b', 'b', 'b']);
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 3 });
  rl.close();
}

// A long paste in mid-line writes each character once, not the whole line each time.
{
  const { input, rl, writes } = session(20);
  input.write('()');
  input.emit('keypress', '', { name: 'left' });
  writes.length = 0;
  input.write('x'.repeat(5000));
  assert.strictEqual(rl.line, `(${'x'.repeat(5000)})`);
  assert.ok(writes.join('').length < 20000, `${writes.join('').length} bytes written`);
  rl.close();
}

// A Tab inside a paste is text; typed alone it asks the completer.
{
  const { input, rl, completions } = session(80);
  input.write('a\tb');
  assert.strictEqual(rl.line, 'a\tb');
  assert.strictEqual(completions(), 0);
  input.write('\t');
  assert.strictEqual(completions(), 1);
  assert.strictEqual(rl.line, 'abc');
  rl.close();
}
