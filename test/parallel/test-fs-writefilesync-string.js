'use strict';
// writeFileSync of strings (encoded as UTF-8 straight from the string) and of
// views, with node's errors for a bad path, bad data and a failing open.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'out');

fs.writeFileSync(file, 'héllo €');
assert.strictEqual(fs.readFileSync(file, 'hex'), Buffer.from('héllo €').toString('hex'));
// A lone surrogate is written as U+FFFD.
fs.writeFileSync(file, 'a\ud800b', 'utf8');
assert.strictEqual(fs.readFileSync(file, 'hex'), '61efbfbd62');
// Longer than any stack buffer, and replacing a longer file (truncated).
const long = 'x'.repeat(40000) + 'é'.repeat(10000);
fs.writeFileSync(file, long);
assert.strictEqual(fs.readFileSync(file, 'utf8'), long);
fs.writeFileSync(file, '');
assert.strictEqual(fs.statSync(file).size, 0);
// Views write their own bytes only.
const u16 = new Uint16Array([0x4241, 0x4443]);
fs.writeFileSync(file, u16);
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'ABCD');
fs.writeFileSync(file, new DataView(new ArrayBuffer(8), 2, 3));
assert.strictEqual(fs.readFileSync(file).length, 3);
fs.writeFileSync(file, Buffer.from('0123456789').subarray(2, 5));
assert.strictEqual(fs.readFileSync(file, 'utf8'), '234');
// Other encodings still apply.
fs.writeFileSync(file, '414243', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ABC');

const missing = path.join(tmpdir.path, 'no', 'such');
assert.throws(() => fs.writeFileSync(missing, 'x'),
              { code: 'ENOENT', errno: -2, syscall: 'open', path: missing });
assert.throws(() => fs.writeFileSync(tmpdir.path, 'x'),
              { code: 'EISDIR', syscall: 'open', path: tmpdir.path });
assert.throws(() => fs.writeFileSync(file, 123), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFileSync(`${file}\u0000`, 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.writeFileSync(file, 'x', 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
