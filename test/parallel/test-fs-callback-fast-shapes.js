'use strict';
// The common shapes of fs.read/write/open/close/stat/readFile and
// fs.promises.readFile / FileHandle.read call back as node does: a failed read or
// write still passes 0 and the buffer, open(path, x) takes x as the callback,
// errors name their syscall and path, and the functions have node's lengths.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'a.txt');
const missing = path.join(tmpdir.path, 'missing');
fs.writeFileSync(file, 'hello world');

for (const [name, length] of [['read', 6], ['write', 6], ['open', 4], ['close', 1], ['stat', 1],
  ['lstat', 1], ['fstat', 1], ['readFile', 3]]) {
  assert.strictEqual(fs[name].name, name);
  assert.strictEqual(fs[name].length, length, name);
}

assert.throws(() => fs.open(file, 'r'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received type string (\'r\')',
});
assert.throws(() => fs.read(3, Buffer.alloc(4), 0, 5, 0, common.mustNotCall()), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 4. Received 5',
});

// readSync/writeSync of the same shape.
{
  const fd = fs.openSync(file, 'r');
  const b = Buffer.alloc(8);
  assert.strictEqual(fs.readSync(fd, b, 2, 5, 6), 5);
  assert.strictEqual(b.toString('latin1', 2, 7), 'world');
  assert.throws(() => fs.readSync(fd, b, 0, 9, 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.readSync(fd, b, 0, 1, 1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(fs.readSync(fd, b, 0, 0, 0), 0);
  fs.closeSync(fd);
  assert.throws(() => fs.readSync(fd, b, 0, 1, 0), { code: 'EBADF', syscall: 'read' });
  assert.throws(() => fs.writeSync(fd, b, 0, 1, null), { code: 'EBADF', syscall: 'write' });
}

const buf = Buffer.alloc(5);
fs.read(1 << 30, buf, 0, 5, 0, common.mustCall(function(err, n, b) {
  assert.strictEqual(this, undefined);
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(n, 0);
  assert.strictEqual(b, buf);
}));
fs.write(1 << 30, buf, 0, 5, null, common.mustCall((err, n, b) => {
  assert.strictEqual(err.message, 'EBADF: bad file descriptor, write');
  assert.strictEqual(n, 0);
  assert.strictEqual(b, buf);
}));

fs.open(file, common.mustSucceed((fd) => {
  const into = Buffer.alloc(8);
  fs.read(fd, into, 1, 5, 6, common.mustSucceed((n, b) => {
    assert.strictEqual(n, 5);
    assert.strictEqual(b, into);
    assert.strictEqual(into.toString('latin1', 1, 6), 'world');
    fs.fstat(fd, { bigint: true }, common.mustSucceed((st) => {
      assert.strictEqual(st.size, 11n);
      fs.close(fd, common.mustSucceed());
    }));
  }));
}));
fs.open(missing, 'r', 0o666, common.mustCall((err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  assert.strictEqual(err.path, missing);
}));
// A small Buffer that JS asks for its ArrayBuffer while a read into it waits (on a
// FIFO, written to afterwards) still gets the bytes.
{
  const fifo = path.join(tmpdir.path, 'fifo');
  require('child_process').execFileSync('mkfifo', [fifo]);
  const fd = fs.openSync(fifo, fs.constants.O_RDWR);
  const small = Buffer.alloc(5);
  fs.read(fd, small, 0, 5, null, common.mustSucceed((n) => {
    assert.strictEqual(n, 5);
    assert.strictEqual(small.toString(), 'fifo!');
    fs.closeSync(fd);
  }));
  assert.ok(small.buffer.byteLength >= 5);
  setTimeout(() => fs.writeSync(fd, 'fifo!'), 20);
}
fs.stat(file, common.mustSucceed((st) => assert.strictEqual(st.size, 11)));
fs.lstat(missing, common.mustCall((err) => {
  assert.strictEqual(err.syscall, 'lstat');
  assert.strictEqual(err.path, missing);
}));
fs.readFile(file, 'utf8', common.mustSucceed((s) => assert.strictEqual(s, 'hello world')));
fs.readFile(file, common.mustSucceed((b) => assert.ok(Buffer.isBuffer(b))));
fs.readFile(tmpdir.path, common.mustCall((err) => {
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
}));

(async () => {
  assert.strictEqual(await fs.promises.readFile(file, 'utf8'), 'hello world');
  await assert.rejects(fs.promises.readFile(missing), { code: 'ENOENT', syscall: 'open', path: missing });
  await assert.rejects(fs.promises.readFile('a\0b'), { code: 'ERR_INVALID_ARG_VALUE' });
  const fh = await fs.promises.open(file);
  const b = Buffer.alloc(4);
  // FileHandle.read resolves to a null-prototype object.
  assert.deepStrictEqual(await fh.read(b, 0, 4, 2), { __proto__: null, bytesRead: 4, buffer: b });
  assert.strictEqual(b.toString(), 'llo ');
  assert.deepStrictEqual(await fh.read({ buffer: b, position: 0 }), { __proto__: null, bytesRead: 4, buffer: b });
  assert.strictEqual((await fh.read(b)).bytesRead, 4);
  await assert.rejects(fh.read(b, 0, 5, 0), { code: 'ERR_OUT_OF_RANGE' });
  await fh.close();
  // A closed FileHandle fails with node's 'file closed', named by the method.
  await assert.rejects(fh.read(b, 0, 4, 0), { code: 'EBADF', syscall: 'read', message: 'file closed' });
  await assert.rejects(fh.readFile(), { code: 'EBADF', syscall: 'readFile', message: 'file closed' });
  await assert.rejects(fh.writeFile('x'), { code: 'EBADF', syscall: 'writeFile', message: 'file closed' });
  await assert.rejects(fh.readv([b]), { code: 'EBADF', syscall: 'readv', message: 'file closed' });
})().then(common.mustCall());
