'use strict';
// TextDecoder's legacy multi-byte and single-byte encodings (decoded by ICU, as
// in node): replacement characters, fatal mode and streaming.
require('../common');
const assert = require('assert');

const bytes = Buffer.from([0x82, 0xa0, 0x41, 0xc4, 0xe3, 0x80, 0x9f, 0xe9, 0xff, 0xa4, 0xa2, 0x8e, 0xb1]);
for (const [label, text] of [
  ['shift_jis', '\u3042A\uff84\u7e32\u6ec4\ufffd\uff64\uff62\u7afa'],
  ['euc-jp', '\u0082\ufffdA\u4f4e\u0080\u009f\ufffd\u3042\uff71'],
  ['gbk', '\u5041A\u4f60\u20ac\u71bc\uf8f5\u3042\u5e48'],
  ['euc-kr', '\u0082\ufffdA\ucf71\u0080\u009f\ufffd\u3132\ufffd\ufffd'],
  ['koi8-r', '\u250c\u2550A\u0434\u0426\u2500\u00f7\u0418\u042a\u2553\u2552\u258c\u2560'],
  ['windows-1251', '\u201a\u00a0A\u0414\u0433\u0402\u045f\u0439\u044f\u00a4\u045e\u040b\u00b1'],
  ['iso-8859-2', '\u0082\u00a0A\u00c4\u0103\u0080\u009f\u00e9\u02d9\u00a4\u02d8\u008e\u0105'],
]) {
  assert.strictEqual(new TextDecoder(label).decode(bytes), text, label);
  assert.strictEqual(new TextDecoder(label).encoding, label);
}
assert.strictEqual(new TextDecoder('sjis').encoding, 'shift_jis');
assert.strictEqual(new TextDecoder('cp1251').encoding, 'windows-1251');
assert.throws(() => new TextDecoder('shift_jis', { fatal: true }).decode(bytes), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: 'The encoded data was not valid for encoding shift_jis',
});
assert.strictEqual(new TextDecoder('koi8-r', { fatal: true }).decode(Buffer.from([0xc1])), '\u0430');
assert.strictEqual(new TextDecoder('iso-2022-jp').decode(Buffer.from('1b2442242224241b2842', 'hex')), '\u3042\u3044');

// A lead byte waits for its trail byte across stream chunks.
const d = new TextDecoder('shift_jis');
assert.strictEqual(d.decode(Uint8Array.of(0x82), { stream: true }), '');
assert.strictEqual(d.decode(Uint8Array.of(0xa0)), '\u3042');
assert.strictEqual(d.decode(Uint8Array.of(0x82), { stream: true }), '');
assert.strictEqual(d.decode(), '\ufffd');
