'use strict';
// fs.promises.lchmod exists and rejects where the system has no lchmod (Linux);
// writing a string with an explicit 'hex' encoding needs an even length; a
// FileHandle method called on something else fails as an internal assertion.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'f');

(async () => {
  assert.strictEqual(typeof fs.promises.lchmod, 'function');
  assert.strictEqual(fs.lchmod, undefined);
  await assert.rejects(fs.promises.lchmod(file, 0o644), {
    name: 'Error', code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The lchmod() method is not implemented',
  });

  const fd = fs.openSync(file, 'w');
  const hexError = {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
  };
  assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), hexError);
  assert.strictEqual(fs.writeSync(fd, 'abcd', 0, 'hex'), 2);
  fs.closeSync(fd);

  const handle = await fs.promises.open(file, 'r+');
  await assert.rejects(handle.write('abc', 0, 'hex'), hexError);
  assert.strictEqual((await handle.write('abcd', 0, 'hex')).bytesWritten, 2);
  await assert.rejects(handle.stat.call({}), {
    code: 'ERR_INTERNAL_ASSERTION', message: /^handle must be an instance of FileHandle\n/,
  });
  await handle.close();
})().then(common.mustCall());
