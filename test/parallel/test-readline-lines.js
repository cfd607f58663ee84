'use strict';
// A non-terminal Interface splits input into 'line' events on \n, \r\n and \r
// (also across chunks), emits the unterminated tail at 'end', then 'close'.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
assert.strictEqual(rl.terminal, false);
const log = [];
for (const ev of ['line', 'pause', 'resume', 'close']) rl.on(ev, (x) => log.push(x === undefined ? ev : `${ev}:${x}`));
input.write('one\ntw');
input.write('o\r\nthree\rfour\u2028five');
input.end('\nlast');
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'line:one', 'line:two', 'line:three', 'line:four', 'line:five', 'line:last', 'pause', 'close',
  ]);
  assert.strictEqual(rl.closed, true);
  assert.throws(() => rl.write('x'), {
    code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed',
  });
}));
