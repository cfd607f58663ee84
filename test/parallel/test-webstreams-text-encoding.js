'use strict';
// TextEncoderStream/TextDecoderStream round-trip text, keeping a surrogate pair
// that is split across chunks whole.
const common = require('../common');
const assert = require('assert');

if (typeof TextEncoder !== 'function') {
  common.skip('TextEncoder is not available in this build');
  return;
}

(async () => {
  const enc = new TextEncoderStream();
  const dec = new TextDecoderStream();
  assert.strictEqual(enc.encoding, 'utf-8');
  assert.strictEqual(dec.encoding, 'utf-8');
  assert.strictEqual(dec.fatal, false);
  const src = ReadableStream.from(['h\u00e9', '\ud83d', '\ude00!']);
  const out = [];
  for await (const s of src.pipeThrough(enc).pipeThrough(dec)) out.push(s);
  assert.strictEqual(out.join(''), 'h\u00e9\ud83d\ude00!');
})().then(common.mustCall());
