'use strict';
// readline/promises: question() returns a promise of the answer, async iteration
// yields lines until the input ends, and Readline batches cursor commands.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

assert.strictEqual(readline.promises, rlp);

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = rlp.createInterface({ input, output, terminal: false });
  const answer = rl.question('q? ');
  input.write('yes\n');
  assert.strictEqual(await answer, 'yes');
  assert.strictEqual(written, 'q? ');
  rl.close();

  const lines = [];
  const input2 = new PassThrough();
  const rl2 = rlp.createInterface({ input: input2, crlfDelay: Infinity });
  setTimeout(() => input2.end('a\nb\r\nc'), 1);
  for await (const line of rl2) lines.push(line);
  assert.deepStrictEqual(lines, ['a', 'b', 'c']);

  const out = new PassThrough();
  let seq = '';
  out.on('data', (d) => { seq += d; });
  const r = new rlp.Readline(out);
  r.cursorTo(0).moveCursor(2, -1).clearLine(0).clearScreenDown();
  assert.strictEqual(seq, '');
  await r.commit();
  assert.strictEqual(seq, '\x1b[1G\x1b[2C\x1b[1A\x1b[2K\x1b[0J');
  r.cursorTo(3, 4).rollback();
  await r.commit();
  assert.strictEqual(seq, '\x1b[1G\x1b[2C\x1b[1A\x1b[2K\x1b[0J');
})().then(common.mustCall());
