'use strict';
// styleText around text that is already styled re-opens the outer style after an
// inner reset it shares (except a reset at the very end); bold and dim share reset 22,
// so there the reset stays and the outer code follows.
require('../common');
const assert = require('assert');
const { styleText } = require('util');

const s = (format, text) => styleText(format, text, { validateStream: false });
assert.strictEqual(s('red', `A${s('blue', 'B')}C`), '\x1b[31mA\x1b[34mB\x1b[31mC\x1b[39m');
assert.strictEqual(s('red', `A${s('blue', 'B')}`), '\x1b[31mA\x1b[34mB\x1b[39m\x1b[39m');
assert.strictEqual(s('dim', `x${s('bold', 'y')}z`), '\x1b[2mx\x1b[1my\x1b[22m\x1b[2mz\x1b[22m');
assert.strictEqual(s('red', `A${s(['bgRed', 'blue'], 'B')}C`),
                   '\x1b[31mA\x1b[41m\x1b[34mB\x1b[31m\x1b[49mC\x1b[39m');
assert.strictEqual(s(['bold', 'red'], 't'), s('bold', s('red', 't')));
