'use strict';
// Node's lenient base64 and hex decoding: junk skipped, '=' ends base64, the first
// bad hex pair ends hex, and only each character's low byte counts.
require('../common');
const assert = require('assert');

const b64 = (s) => Buffer.from(s, 'base64').toString('hex');
assert.strictEqual(b64('YWJj'), '616263');
assert.strictEqual(b64('YW Jj'), '616263');
assert.strictEqual(b64('YW\nJj'), '616263');
assert.strictEqual(b64('YW*Jj'), '616263');
assert.strictEqual(b64('YQ==YQ=='), '61');
assert.strictEqual(b64('YW=Jj'), '61');
assert.strictEqual(b64('Y'), '');
assert.strictEqual(b64('YR'), '61');
assert.strictEqual(b64('YWJjZA'), '61626364');
assert.strictEqual(b64('YW-_'), '616fbf');
assert.strictEqual(b64('YW+/'), '616fbf');
assert.strictEqual(b64('=YWJj'), '');
assert.strictEqual(b64('YWJ\u0100j'), '616263');
assert.strictEqual(b64('ŁYWJj'), '018589'); // U+0141 reads as 'A'
assert.strictEqual(b64('YW😀Jj'), '61'); // U+D83D reads as '='
assert.strictEqual(Buffer.from('YW-_', 'base64url').toString('hex'), '616fbf');

assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from('abcd').toString('base64'), 'YWJjZA==');
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');

const hex = (s) => Buffer.from(s, 'hex').toString('hex');
assert.strictEqual(hex('abcd'), 'abcd');
assert.strictEqual(hex('abc'), 'ab');
assert.strictEqual(hex('abxcd'), 'ab');
assert.strictEqual(hex('zz11'), '');
assert.strictEqual(hex('ABCDEF'), 'abcdef');
assert.strictEqual(hex('\u0161\u0162'), 'ab');
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('zz', 'hex'), 0);
assert.strictEqual(buf.write('12zz', 'hex'), 1);

// Round trips over every byte value.
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'binary', 'ucs2']) {
  assert.deepStrictEqual(Buffer.from(all.toString(enc), enc), all, enc);
}
