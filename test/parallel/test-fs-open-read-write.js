'use strict';
// open/read/write/readv/writev/close with positions, and their errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'rw');
const fd = fs.openSync(file, 'w+');
assert.strictEqual(fs.writeSync(fd, 'hello world'), 11);
assert.strictEqual(fs.writeSync(fd, new Uint8Array([65, 66, 67]), 1, 2, 0), 2);
const buf = new Uint8Array(5);
assert.strictEqual(fs.readSync(fd, buf, 0, 5, 0), 5);
assert.deepStrictEqual(Array.from(buf), [66, 67, 108, 108, 111]);
assert.strictEqual(fs.readSync(fd, buf, { position: 6, length: 2 }), 2);
assert.strictEqual(fs.writevSync(fd, [new Uint8Array([1]), new Uint8Array([2, 3])], 0), 3);
const a = new Uint8Array(2);
const b = new Uint8Array(2);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 4);
assert.deepStrictEqual([...a, ...b], [1, 2, 3, 108]);

assert.throws(() => fs.readSync(fd, new Uint8Array(4), 0, 10), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "length" is out of range. It must be <= 4. Received 10',
});
assert.throws(() => fs.openSync(file, 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'zz'",
});
fs.closeSync(fd);
assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close', message: 'EBADF: bad file descriptor, close' });

fs.open(file, 'r', common.mustSucceed((fd2) => {
  const out = new Uint8Array(3);
  fs.read(fd2, out, 0, 3, 0, common.mustSucceed((n, buffer) => {
    assert.strictEqual(n, 3);
    assert.strictEqual(buffer, out);
    fs.close(fd2, common.mustSucceed());
  }));
}));

fs.open(path.join(tmpdir.path, 'nope'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${path.join(tmpdir.path, 'nope')}'`);
}));

// A full disk reports ENOSPC instead of crashing.
if (fs.existsSync('/dev/full')) {
  const full = fs.openSync('/dev/full', 'w');
  assert.throws(() => fs.writeSync(full, 'x'), { code: 'ENOSPC', syscall: 'write' });
  fs.write(full, 'x', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOSPC');
    fs.closeSync(full);
  }));
}

// util.promisify(fs.read) resolves to { bytesRead, buffer }.
{
  const { promisify } = require('util');
  const fd3 = fs.openSync(file, 'r');
  promisify(fs.read)(fd3, new Uint8Array(2), 0, 2, 0).then(common.mustCall(({ bytesRead, buffer }) => {
    assert.strictEqual(bytesRead, 2);
    assert.strictEqual(buffer.length, 2);
    fs.closeSync(fd3);
  }));
}
