'use strict';
// Strings reach Buffer in either of the engine's two widths — Latin-1 (every
// character below U+0100) or UTF-16 — and come back out of it as strings that must
// behave like any other. Every encoding is checked from both widths against an
// encoder written here in plain JS, and the strings Buffer makes are used as
// property keys, Map keys, regexp subjects and JSON.
require('../common');
const assert = require('node:assert');

function utf8(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}
const codes = (str) => Array.from({ length: str.length }, (_, i) => str.charCodeAt(i));
const bytes = (buf) => Array.from(buf);

// Every Latin-1 character, some repeated so the strings are long enough to matter.
let latin1 = '';
for (let c = 0; c < 256; c++) latin1 += String.fromCharCode(c);
latin1 = latin1.repeat(5);
const ascii = 'The quick brown fox jumps over the lazy dog 0123456789 '.repeat(20);
const wide = 'Gr\u00f6\u00dfe \u20ac5 \ud83d\ude00 \u4e2d\u6587 '.repeat(20);
const loneSurrogates = 'a\ud800b\udc00c\ud83d';

for (const s of [latin1, ascii, wide, loneSurrogates, 'é', 'ab', '']) {
  assert.deepStrictEqual(bytes(Buffer.from(s, 'utf8')), utf8(s));
  assert.strictEqual(Buffer.byteLength(s, 'utf8'), utf8(s).length);
  assert.deepStrictEqual(bytes(Buffer.from(s, 'latin1')), codes(s).map((c) => c & 0xff));
  assert.deepStrictEqual(bytes(Buffer.from(s, 'ascii')), codes(s).map((c) => c & 0xff));
  const ucs2 = bytes(Buffer.from(s, 'ucs2'));
  assert.deepStrictEqual(ucs2, codes(s).flatMap((c) => [c & 0xff, c >> 8]));
  assert.strictEqual(Buffer.from(ucs2).toString('ucs2'), s);
  assert.deepStrictEqual(bytes(new TextEncoder().encode(s)), utf8(s));
}

// Round trips through every encoding, from the widths Buffer makes.
const all = Buffer.from(latin1, 'latin1');
assert.strictEqual(all.toString('latin1'), latin1);
assert.strictEqual(all.toString('binary'), latin1);
assert.strictEqual(all.toString('ascii'), latin1.replace(/[\x80-\xff]/g, (c) => String.fromCharCode(c.charCodeAt(0) & 0x7f)));
assert.strictEqual(Buffer.from(all.toString('hex'), 'hex').equals(all), true);
assert.strictEqual(all.toString('hex').slice(0, 8), '00010203');
assert.strictEqual(Buffer.from(all.toString('base64'), 'base64').equals(all), true);
assert.strictEqual(Buffer.from(all.toString('base64url'), 'base64url').equals(all), true);
assert.strictEqual(Buffer.from(all.toString('utf8'), 'utf8').length, 1280 + 128 * 5 * 3 - 128 * 5);
assert.strictEqual(Buffer.from(wide).toString(), wide);
assert.strictEqual(Buffer.from(ascii).toString(), ascii);

// hex and base64 text given as UTF-16 strings (a wide character elsewhere in the
// string) decodes the same as the Latin-1 form.
assert.deepStrictEqual(bytes(Buffer.from('00ff10\u20ac', 'hex')), [0x00, 0xff, 0x10]);
assert.deepStrictEqual(bytes(Buffer.from('AP8Q\u20ac', 'base64')), [0x00, 0xff, 0x10]);

// write() never splits a character, whichever the width.
const three = Buffer.alloc(3);
assert.strictEqual(three.write('a\u00e9\u00e9'), 3);
assert.deepStrictEqual(bytes(three), [0x61, 0xc3, 0xa9]);
assert.strictEqual(Buffer.alloc(2).write('a\u00e9'), 1);
assert.strictEqual(Buffer.alloc(2).write('a\u20ac'), 1);
assert.strictEqual(Buffer.alloc(4).write('\u00e9\u00e9', 1, 'latin1'), 2);
assert.deepStrictEqual(new TextEncoder().encodeInto('a\u00e9\u00e9', new Uint8Array(4)), { read: 2, written: 3 });

// Strings Buffer made work as keys and subjects like any literal.
const key = Buffer.from('content-length').toString('latin1');
const obj = { 'content-length': 1 };
assert.strictEqual(obj[key], 1);
assert.strictEqual(key in obj, true);
assert.strictEqual(new Map([['content-length', 2]]).get(key), 2);
assert.strictEqual(key === 'content-length', true);
assert.strictEqual(/^content-(\w+)$/.exec(key)[1], 'length');
const json = Buffer.from('{"caf\u00e9":[1,"\u00ff"]}', 'latin1').toString('latin1');
assert.deepStrictEqual(JSON.parse(json), { 'caf\u00e9': [1, '\u00ff'] });
assert.strictEqual(`${key}:${json}`.length, 14 + 1 + json.length);
