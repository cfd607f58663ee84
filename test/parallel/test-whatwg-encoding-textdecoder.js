'use strict';
// TextDecoder: labels, BOM handling, fatal mode, streaming across chunks, and
// node's errors.
require('../common');
const assert = require('assert');

const input = Buffer.from([0x80, 0x9f, 0xe9, 0x41, 0xd8]);
for (const [label, encoding, text] of [
  ['windows-1252', 'windows-1252', '\u0080\u009féAØ'], ['ascii', 'windows-1252', '\u0080\u009féAØ'],
  ['latin1', 'windows-1252', '\u0080\u009féAØ'], [' UTF8 ', 'utf-8', '\ufffd\ufffd\ufffdA\ufffd'],
  ['unicode-1-1-utf-8', 'utf-8', '\ufffd\ufffd\ufffdA\ufffd'], ['utf-16', 'utf-16le', '\u9f80\u41e9\ufffd'],
  ['UTF-16LE\n', 'utf-16le', '\u9f80\u41e9\ufffd'], ['utf-16be', 'utf-16be', '\u809f\ue941\ufffd']]) {
  const d = new TextDecoder(label);
  assert.strictEqual(d.encoding, encoding);
  assert.strictEqual(d.decode(input), text, label);
}
for (const [label, name] of [['x-user-defined', 'x-user-defined'], ['replacement', 'replacement'],
  ['iso-2022-kr', 'replacement'], ['nope', 'nope']]) {
  assert.throws(() => new TextDecoder(label), {
    code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError', message: `The "${name}" encoding is not supported`,
  });
}

const d = new TextDecoder();
assert.deepStrictEqual([d.encoding, d.fatal, d.ignoreBOM], ['utf-8', false, false]);
assert.strictEqual(d.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf])), 'A\ufeff');
assert.strictEqual(new TextDecoder('utf8', { ignoreBOM: true }).decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41])), '\ufeffA');
assert.strictEqual(new TextDecoder('utf-16le').decode(Buffer.from([0xff, 0xfe, 0x41, 0x00])), 'A');
assert.strictEqual(new TextDecoder('utf-16be').decode(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00])), 'A😀');
assert.strictEqual(d.decode(), '');
assert.strictEqual(d.decode(new ArrayBuffer(2)), '\u0000\u0000');
assert.strictEqual(d.decode(new DataView(new Uint8Array([0x41, 0x42]).buffer, 1)), 'B');
assert.strictEqual(d.decode(new Uint16Array([0x4241])), 'AB');

const invalid = (encoding) => ({
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError',
  message: `The encoded data was not valid for encoding ${encoding}`,
});
assert.throws(() => new TextDecoder('utf8', { fatal: true }).decode(Buffer.from([0xff])), invalid('utf-8'));
assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(Buffer.from([0x00, 0xd8])), invalid('utf-16le'));
assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(Buffer.from([0x41])), invalid('utf-16le'));
// At the end of input a lead surrogate still waiting for its trail and a leftover
// odd byte are one error, not two; a lone trail surrogate is its own.
const utf16le = (bytes) => new TextDecoder('utf-16le').decode(Buffer.from(bytes));
assert.strictEqual(utf16le([0x00, 0xd8, 0x41]), '\ufffd');
assert.strictEqual(utf16le([0x00, 0xd8, 0x00, 0xd8, 0x41]), '\ufffd\ufffd');
assert.strictEqual(utf16le([0x00, 0xdc, 0x41]), '\ufffd\ufffd');
assert.strictEqual(utf16le([0x3d, 0xd8, 0x00, 0xde, 0x41]), '\ud83d\ude00\ufffd');
assert.throws(() => TextDecoder.prototype.decode.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextDecoder',
});
for (const bad of [5, 'abc']) {
  assert.throws(() => d.decode(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  });
}
assert.throws(() => new TextDecoder('utf8', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});

// Streaming: one byte at a time gives the whole text, with the BOM handled once.
const text = '\ufeffaé€😀z';
const encoded = {
  'utf-8': Buffer.from(text),
  'utf-16le': Buffer.from(text, 'utf16le'),
  'utf-16be': Buffer.from(text, 'utf16le').swap16(),
};
for (const [enc, bytes] of Object.entries(encoded)) {
  for (const ignoreBOM of [false, true]) {
    const dec = new TextDecoder(enc, { ignoreBOM });
    let s = '';
    for (const b of bytes) s += dec.decode(Uint8Array.of(b), { stream: true });
    s += dec.decode();
    assert.strictEqual(s, ignoreBOM ? text : text.slice(1), `${enc} ${ignoreBOM}`);
    assert.strictEqual(dec.decode(bytes.subarray(0, bytes.length - 1)),
      (ignoreBOM ? text : text.slice(1)).slice(0, -1) + (enc === 'utf-8' ? '' : '\ufffd'));
  }
}
// A fatal stream that ends mid-character throws, then starts afresh.
const fatal = new TextDecoder('utf8', { fatal: true });
assert.strictEqual(fatal.decode(Uint8Array.of(0xe2), { stream: true }), '');
assert.throws(() => fatal.decode(), invalid('utf-8'));
assert.strictEqual(fatal.decode(Uint8Array.of(0x41)), 'A');
