'use strict';
// StringDecoder keeps unfinished characters between writes, for each encoding,
// with node's lastNeed/lastTotal and end() output.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function run(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => `${d.write(Buffer.from(c))}/${d.lastNeed}/${d.lastTotal}`);
  out.push(d.end(), d.end(Buffer.from([0x41])));
  return out;
}
assert.deepStrictEqual(run('utf8', [[0xE2], [0x82], [0xAC, 0x41], [0xF0, 0x9F], [0x98, 0x80], [0xE2],
  [0x41], [0xC3], [0xE2, 0x82], [0xFF], [0xE0, 0x80], [0x80]]),
['/2/3', '/1/3', '€A/0/0', '/2/4', '😀/0/0', '/2/3', '\ufffdA/0/0', '/1/2', '\ufffd/1/3',
  '\ufffd\ufffd/0/0', '/1/3', '\ufffd\ufffd\ufffd/0/0', '', 'A']);
assert.deepStrictEqual(run('utf16le', [[0x61], [0x00, 0x3D], [0xD8, 0x00], [0xDE, 0x62], [0x00], [0x3D, 0xD8]]),
  ['/1/2', 'a/1/2', '\ud83d/1/2', '\ude00/1/2', 'b/0/0', '/2/4', '\ud83d', '']);
assert.deepStrictEqual(run('base64', [[0x61], [0x62, 0x63, 0x64], [0x65], [0x66, 0x67]]),
  ['/2/3', 'YWJj/2/3', '/1/3', 'ZGVm/2/3', 'Zw==', 'QQ==']);
assert.deepStrictEqual(run('base64url', [[0xfb], [0xff, 0xfe, 0x01]]), ['/2/3', '-__-/2/3', 'AQ', 'QQ']);
assert.deepStrictEqual(run('hex', [[0x01, 0xab], [0xff]]), ['01ab/0/0', 'ff/0/0', '', '41']);
assert.deepStrictEqual(run('latin1', [[0xe9, 0x41]]), ['éA/0/0', '', 'A']);

// end() flushes what is held as the decoder would decode it.
for (const [bytes, ended] of [[[0xC0], '\ufffd'], [[0x41, 0xF0, 0x80], 'A\ufffd\ufffd'],
  [[0xED, 0xA0], '\ufffd\ufffd'], [[0xF8], '\ufffd']]) {
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from(bytes)) + d.end(), ended);
}

// Byte at a time reassembles every character.
const text = 'aé€😀\u0000z';
for (const enc of ['utf8', 'utf16le']) {
  const d = new StringDecoder(enc);
  let s = '';
  for (const b of Buffer.from(text, enc)) s += d.write(Buffer.from([b]));
  assert.strictEqual(s + d.end(), text);
}
const d64 = new StringDecoder('base64');
let s64 = '';
for (const b of Buffer.from(text)) s64 += d64.write(Buffer.from([b]));
assert.strictEqual(s64 + d64.end(), Buffer.from(text).toString('base64'));

assert.strictEqual(new StringDecoder('UCS2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder(null).encoding, 'utf8');
assert.strictEqual(new StringDecoder().write('str'), 'str');
assert.strictEqual(new StringDecoder().write(new Uint16Array([0x4141])), 'AA');
assert.throws(() => new StringDecoder('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.throws(() => new StringDecoder().write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
