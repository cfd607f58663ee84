'use strict';
// Hex and base64 input that a strict decoder rejects still decodes as node does
// (the first bad hex pair ends the data, base64 skips junk and takes either
// alphabet), in Buffer.from and in buf.write, small and pooled or large.
require('../common');
const assert = require('assert');

const hex = (s, e) => Buffer.from(s, e).toString('hex');

assert.strictEqual(hex('abc', 'hex'), 'ab');
assert.strictEqual(hex('abzz12', 'hex'), 'ab');
assert.strictEqual(hex('12 34', 'hex'), '12');
assert.strictEqual(hex('1234\u0100', 'hex'), '1234');
assert.strictEqual(hex('ABCDEF', 'hex'), 'abcdef');

assert.strictEqual(hex('YQ', 'base64'), '61');
assert.strictEqual(hex('Y', 'base64'), '');
assert.strictEqual(hex('YW Jj\n', 'base64'), '616263');
assert.strictEqual(hex('YQ==YWJj', 'base64'), '61');
assert.strictEqual(hex('-_-_', 'base64'), 'fbffbf');
assert.strictEqual(hex('+/+/', 'base64url'), 'fbffbf');
assert.strictEqual(hex('!!YWJj', 'base64'), '616263');
assert.strictEqual(hex('YWJj\u0100YWJj', 'base64'), '616263616263');

// A write into a range too small for the whole string fills the range.
const target = Buffer.alloc(6, 0xee);
assert.strictEqual(target.write('YWJjZGVm', 1, 2, 'base64'), 2);
assert.strictEqual(target.toString('hex'), 'ee6162eeeeee');
assert.strictEqual(target.write('a1b2c3', 3, 2, 'hex'), 2);
assert.strictEqual(target.toString('hex'), 'ee6162a1b2ee');

// Large strings (not from the pool) behave the same.
assert.strictEqual(Buffer.from('ab'.repeat(5000) + 'zz' + 'ab', 'hex').length, 5000);
assert.strictEqual(Buffer.from(' YWJj'.repeat(2000), 'base64').length, 6000);
const bytes = Buffer.alloc(10000).map((_, i) => (i * 7) & 255);
for (const e of ['base64', 'base64url', 'hex', 'latin1']) {
  assert.deepStrictEqual(Buffer.from(bytes.toString(e), e), bytes);
}
assert.strictEqual(Buffer.from([1, 2, 3, 250, 251]).toString('base64url'), 'AQID-vs');
assert.strictEqual(Buffer.from([1, 2, 3, 250, 251]).toString('base64'), 'AQID+vs=');
assert.strictEqual(Buffer.from('x'.repeat(5000) + '\u0101', 'latin1').subarray(4998).toString('hex'), '787801');
