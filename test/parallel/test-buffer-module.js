'use strict';
// node:buffer's module functions: constants, isUtf8, isAscii, transcode, atob,
// btoa, SlowBuffer, INSPECT_MAX_BYTES, and the globals it provides.
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.deepStrictEqual(Object.keys(buffer).sort(), ['Blob', 'Buffer', 'File', 'INSPECT_MAX_BYTES',
  'SlowBuffer', 'atob', 'btoa', 'constants', 'isAscii', 'isUtf8', 'kMaxLength', 'kStringMaxLength',
  'resolveObjectURL', 'transcode']);
assert.strictEqual(buffer.kMaxLength, 2 ** 53 - 1);
assert.strictEqual(buffer.constants.MAX_LENGTH, buffer.kMaxLength);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
assert.strictEqual(require('node:buffer').Buffer, Buffer);
assert.strictEqual(globalThis.atob, buffer.atob);
assert.strictEqual(globalThis.btoa, buffer.btoa);
assert.strictEqual(globalThis.Blob, buffer.Blob);

assert.strictEqual(buffer.isUtf8(Buffer.from('é€😀')), true);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xff])), false);
assert.strictEqual(buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(buffer.isUtf8(new Uint16Array([0xa9c3])), true);
assert.strictEqual(buffer.isAscii(Buffer.from('abc')), true);
assert.strictEqual(buffer.isAscii(Buffer.from('é')), false);
assert.strictEqual(buffer.isAscii(new ArrayBuffer(2)), true);
assert.throws(() => buffer.isUtf8('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. ' +
    'Received type string (\'x\')',
});

const { transcode } = buffer;
assert.strictEqual(transcode(Buffer.from('€é'), 'utf8', 'ucs2').toString('hex'), 'ac20e900');
assert.strictEqual(transcode(Buffer.from('€é'), 'utf8', 'latin1').toString('hex'), '3fe9');
assert.strictEqual(transcode(Buffer.from('€é'), 'utf8', 'ascii').toString('hex'), '3f3f');
assert.strictEqual(transcode(Buffer.from('é', 'latin1'), 'latin1', 'utf8').toString('hex'), 'c3a9');

// atob/btoa: the WHATWG forgiving base64, with InvalidCharacterError.
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob('YQ=='), 'a');
assert.strictEqual(atob(' Y W J j '), 'abc');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob(null), '\u009eée');
for (const bad of ['YQ=', 'YQ===', 'Y=Q=', 'YWé', 'YQ==a', 'ab-_', 'abc\u000b']) {
  assert.throws(() => atob(bad), { name: 'InvalidCharacterError', message: 'Invalid character' }, bad);
}
for (const bad of ['Y', 'abcde']) {
  assert.throws(() => atob(bad), {
    name: 'InvalidCharacterError', message: 'The string to be decoded is not correctly encoded.',
  });
}
assert.strictEqual(btoa('abc'), 'YWJj');
assert.strictEqual(btoa('é'), '6Q==');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
const bin = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
assert.strictEqual(atob(btoa(bin)), bin);
