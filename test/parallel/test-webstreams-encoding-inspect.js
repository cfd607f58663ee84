'use strict';
// util.inspect of TextEncoderStream and TextDecoderStream shows their settings and
// both sides of the transform.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new TextEncoderStream()), `TextEncoderStream {
  encoding: 'utf-8',
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' }
}`);
const decoder = new TextDecoderStream('utf-16le', { fatal: true });
decoder.readable.getReader();
assert.strictEqual(util.inspect(decoder), `TextDecoderStream {
  encoding: 'utf-16le',
  fatal: true,
  ignoreBOM: false,
  readable: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' }
}`);
assert.throws(() => new TextEncoderStream()[util.inspect.custom].call(), { code: 'ERR_INVALID_THIS' });
