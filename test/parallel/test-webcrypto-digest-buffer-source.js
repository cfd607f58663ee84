'use strict';
// subtle.digest takes any-realm ArrayBuffers and views, and refuses views on SharedArrayBuffers.
const common = require('../common');
const assert = require('node:assert');
const vm = require('node:vm');
const { subtle } = globalThis.crypto;

const foreign = vm.runInNewContext('new Uint8Array([1, 2, 3]).buffer');
subtle.digest('SHA-256', foreign).then(common.mustCall((out) => {
  assert.strictEqual(Buffer.from(out).toString('hex'),
                     '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
}));
assert.rejects(subtle.digest('SHA-256', new Uint8Array(new SharedArrayBuffer(4))), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is a view on a " +
    'SharedArrayBuffer, which is not allowed.',
}).then(common.mustCall());
