'use strict';
// Error codes most programs never meet are registered on their first use: each
// of these is the first read of its code in this process, through a public API.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME',
  name: 'TypeError',
  message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file://remote/x')), {
  code: 'ERR_INVALID_FILE_URL_HOST',
  name: 'TypeError',
  message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => fs.readFileSync(new URL('file:///a%2Fb')), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  name: 'TypeError',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fs.rmSync(tmpdir.path), {
  code: 'ERR_FS_EISDIR',
  name: 'SystemError',
});
assert.throws(() => new URL('not a url'), { code: 'ERR_INVALID_URL', name: 'TypeError' });

util.callbackify(() => Promise.reject(null))(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
}));
