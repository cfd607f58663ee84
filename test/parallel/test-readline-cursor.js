'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write node's ANSI
// sequences and return what write() returned.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Writable } = require('stream');

const written = [];
const out = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    written.push(chunk);
    cb();
  },
});
assert.strictEqual(readline.cursorTo(out, 2), true);
readline.cursorTo(out, 2, 3);
readline.moveCursor(out, -1, 2);
readline.moveCursor(out, 3, -4);
readline.moveCursor(out, 0, 0);
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0);
readline.clearScreenDown(out);
assert.deepStrictEqual(written, [
  '\x1b[3G', '\x1b[4;3H', '\x1b[1D\x1b[2B', '\x1b[3C\x1b[4A', '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J',
]);
assert.throws(() => readline.cursorTo(out, undefined, 1), {
  code: 'ERR_INVALID_CURSOR_POS', message: 'Cannot set cursor row without setting its column',
});
assert.strictEqual(readline.cursorTo(null, 1), true);
readline.moveCursor(null, 1, 1, common.mustCall());
readline.clearLine(out, 0, common.mustCall());
