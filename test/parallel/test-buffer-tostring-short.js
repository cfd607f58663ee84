'use strict';
// Short ranges (the lengths decoded in JS rather than in C) give the same text as
// long ones: latin1 keeps each byte, ascii drops the top bit, utf8 decodes bytes
// above 0x7f (including malformed ones) as the long path does; start and end
// select the range.
require('../common');
const assert = require('assert');

const bytes = [];
for (let i = 0; i < 40; i++) bytes.push((i * 37 + 11) & 0xff);
const buf = Buffer.from(bytes);
const ascii = Buffer.from(bytes.map((b) => b & 0x7f));

function latin1Of(list) {
  let s = '';
  for (const b of list) s += String.fromCharCode(b);
  return s;
}

for (let start = 0; start < 8; start++) {
  for (let end = start; end <= 36; end++) {
    const part = bytes.slice(start, end);
    assert.strictEqual(buf.toString('latin1', start, end), latin1Of(part));
    assert.strictEqual(buf.toString('binary', start, end), latin1Of(part));
    assert.strictEqual(buf.toString('ascii', start, end), latin1Of(part.map((b) => b & 0x7f)));
    assert.strictEqual(ascii.toString('utf8', start, end), latin1Of(part.map((b) => b & 0x7f)));
    // Every length decodes as the whole buffer's text cut at the same characters.
    const sub = Buffer.from(part);
    assert.strictEqual(buf.toString('utf8', start, end), sub.toString('utf8'));
    assert.strictEqual(buf.subarray(start, end).toString(), sub.toString());
  }
}

// Non-ASCII bytes in a short run: decoded (or replaced) as UTF-8.
assert.strictEqual(Buffer.from('héllo wörld').toString(), 'héllo wörld');
assert.strictEqual(Buffer.from([0x61, 0xff, 0x62]).toString(), 'a\ufffdb');
assert.strictEqual(Buffer.from([0x61, 0xe2, 0x82]).toString(), 'a\ufffd');
assert.strictEqual(Buffer.from('€x').toString('utf8', 0, 2), '\ufffd');

// The strings are ordinary: usable as keys, compared by content.
const key = Buffer.from('content-type').toString('latin1');
const map = new Map([['content-type', 1]]);
assert.strictEqual(map.get(key), 1);
assert.strictEqual({ 'content-type': 2 }[key], 2);
assert.strictEqual(key.length, 12);
assert.strictEqual(Buffer.alloc(0).toString('latin1'), '');
assert.strictEqual(Buffer.from([0x41]).toString('ascii'), 'A');
