'use strict';
// tty.isatty: false for anything that is not a valid descriptor of a terminal;
// process.stdout is a tty.WriteStream exactly when fd 1 is a terminal.
require('../common');
const assert = require('assert');
const tty = require('tty');

for (const bad of [-1, 1.5, '1', 2 ** 31, null, undefined, NaN]) assert.strictEqual(tty.isatty(bad), false);
assert.strictEqual(tty.isatty(12345), false);
assert.strictEqual(process.stdout instanceof tty.WriteStream, tty.isatty(1));
assert.strictEqual(process.stdout.isTTY === true, tty.isatty(1));
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdin.fd, 0);
