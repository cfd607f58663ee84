'use strict';
// toString / write / byteLength for every encoding and spelling, with node's
// handling of malformed UTF-8, lone surrogates and partial characters.
require('../common');
const assert = require('assert');

const bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98,
  0x80, 0xff, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xe2, 0x82]);
assert.strictEqual(bytes.toString(),
  '\u0000\u0001\u007f\ufffdé€😀\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd');
assert.strictEqual(bytes.toString('latin1', 3, 9), '\u0080Ã©â\u0082¬');
assert.strictEqual(bytes.toString('binary', 3, 6), '\u0080Ã©');
assert.strictEqual(bytes.toString('ascii', 3, 9), '\u0000C)b\u0002,');
assert.strictEqual(bytes.toString('ucs2', 3, 9), '\uc380\ue2a9\uac82');
assert.strictEqual(bytes.toString('UTF-16LE', 0, 4), '\u0100\u807f');
assert.strictEqual(bytes.toString('hex', 3, 9), '80c3a9e282ac');
assert.strictEqual(bytes.toString('base64', 3, 9), 'gMOp4oKs');
assert.strictEqual(bytes.toString('base64url', 13, 17), '_-2ggA');

// Strings in: lone surrogates become EF BF BD; latin1/ascii keep the low byte.
assert.strictEqual(Buffer.from('\ud800x').toString('hex'), 'efbfbd78');
assert.strictEqual(Buffer.from('x\udc00').toString('hex'), '78efbfbd');
assert.strictEqual(Buffer.from('😀 smile', 'utf-8').toString('hex'), 'f09f988020736d696c65');
assert.strictEqual(Buffer.from('é\u0141', 'ascii').toString('hex'), 'e941');
assert.strictEqual(Buffer.from('é\u0141', 'latin1').toString('hex'), 'e941');
assert.strictEqual(Buffer.from('a€', 'UCS-2').toString('hex'), '6100ac20');
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('ucs2'), 'a');
assert.strictEqual(Buffer.from('é'.repeat(5000)).length, 10000);
assert.strictEqual(Buffer.from('a'.repeat(3000) + '€').toString().length, 3001);

for (const [str, enc, len] of [['héllo wörld', 'utf8', 13], ['€uro', 'UTF8', 6], ['😀', 'utf8', 4],
  ['\ud83d', 'utf8', 3], ['abc', 'utf16le', 6], ['abc', 'latin1', 3], ['abc', 'ascii', 3],
  ['YWJjZA==', 'base64', 4], ['YWJjZA', 'base64url', 4], ['YQ===', 'base64', 2],
  ['abc', 'hex', 1], ['abc', 'nope', 3], ['', 'utf8', 0]]) {
  assert.strictEqual(Buffer.byteLength(str, enc), len, `${str} ${enc}`);
}
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});

assert.strictEqual(Buffer.isEncoding('UTF8'), true);
assert.strictEqual(Buffer.isEncoding('Binary'), true);
assert.strictEqual(Buffer.isEncoding(''), false);
assert.strictEqual(Buffer.isEncoding('nope'), false);
assert.strictEqual(Buffer.isEncoding(null), false);

// toString ranges.
assert.strictEqual(Buffer.from('€').toString('utf8', 1), '\ufffd\ufffd');
assert.strictEqual(Buffer.from('abc').toString(undefined, 1, 2), 'b');
assert.strictEqual(Buffer.from('abc').toString('utf8', -5, 100), 'abc');
assert.strictEqual(Buffer.from('abc').toString('hex', 2, 1), '');
assert.throws(() => Buffer.alloc(1).toString('nope'), { code: 'ERR_UNKNOWN_ENCODING' });

// write: offsets, lengths, encodings and whole characters only.
const w = Buffer.alloc(10);
assert.strictEqual(w.write('€€€€'), 9);
assert.strictEqual(w.write('abc', 8), 2);
assert.strictEqual(w.write('ffee', 1, 'hex'), 2);
assert.strictEqual(w.write('ffee', 1, 1, 'hex'), 1);
assert.strictEqual(w.write('abcdef', 'latin1'), 6);
assert.strictEqual(w.write('xyz', 2, 'ucs2'), 6);
assert.strictEqual(w.toString('hex'), '6162780079007a006162');
assert.strictEqual(w.write('€', 9), 0);
assert.strictEqual(w.write('é', 9), 0);
assert.strictEqual(w.ucs2Write('abc', 3), 6);
assert.strictEqual(w.utf8Slice(0, 3), 'abx');
assert.strictEqual(w.hexSlice(2, 4), '7861');
assert.throws(() => w.write('x', 11), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 10. Received 11',
});
assert.throws(() => w.write('x', 0, 11), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });
assert.throws(() => w.write('x', 0, 1, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });

// Short strings take a JS path, long ones the native one: both agree.
const te = new TextEncoder();
for (const s of ['', 'a', 'héllo', '€', '😀', '\ud800', '\udc00\ud800', 'a\ud83d', '\ud83d\ude00x',
  'ÿĀ߿ࠀ￿', 'x'.repeat(32), '€'.repeat(32), `${'a'.repeat(31)}😀`]) {
  assert.deepStrictEqual([...Buffer.from(s)], [...te.encode(s)], JSON.stringify(s));
  assert.deepStrictEqual([...Buffer.from(s, 'latin1')],
    [...Buffer.from(s.repeat(3), 'latin1').subarray(0, s.length)], JSON.stringify(s));
}

// Short ranges are decoded in JS, long ones natively: both agree.
const mixed = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 73 + 5) & 255));
const td = new TextDecoder();
for (let n = 0; n <= 40; n++) {
  const part = mixed.subarray(3, 3 + n);
  assert.strictEqual(part.toString('latin1'), String.fromCharCode(...part));
  assert.strictEqual(part.toString('ascii'), String.fromCharCode(...part.map((c) => c & 0x7f)));
  assert.strictEqual(part.toString(), td.decode(part));
  assert.strictEqual(mixed.toString('utf8', 3, 3 + n), td.decode(part));
}
