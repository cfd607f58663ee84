'use strict';
// node:punycode: the punycode.js 2.1.0 API, its errors, and the DEP0040 warning
// it gives when required.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0040');
  assert.strictEqual(warning.message,
                     'The `punycode` module is deprecated. Please use a userland alternative instead.');
}));
const punycode = require('punycode');

assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');
assert.strictEqual(punycode.encode('ü'), 'tda');
assert.strictEqual(punycode.decode('tda'), 'ü');
assert.strictEqual(punycode.decode('a-'), 'a');
assert.strictEqual(punycode.encode('\ud800x'), 'x-qc4g');
assert.strictEqual(punycode.decode('egbpdaj6bu4bxfgehfvwxn'), 'ليهمابتكلموشعربي؟');
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('user@mañana\u3002com'), 'user@xn--maana-pta.com');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.deepStrictEqual(punycode.ucs2.decode('\uD834\uDF06a\ud800'), [119558, 97, 55296]);
assert.strictEqual(punycode.ucs2.encode([119558, 97]), '\uD834\uDF06a');
for (const [input, message] of [
  ['\x80', 'Invalid input'],
  ['ab-c-\u0100', 'Invalid input'],
  ['-', 'Invalid input'],
  ['99999999', 'Overflow: input needs wider integers to process'],
  ['\x81-', 'Illegal input >= 0x80 (not a basic code point)'],
]) {
  assert.throws(() => punycode.decode(input), { name: 'RangeError', message }, JSON.stringify(input));
}
