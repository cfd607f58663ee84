'use strict';
// fs.WriteStream writes every byte as node does: EAGAIN counts as a write of
// nothing and is retried, a short write goes on with the rest, and more than five
// writes in a row of nothing fail with ERR_SYSTEM_ERROR.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const eagain = () => Object.assign(new Error('busy'), { code: 'EAGAIN' });

{
  const file = tmpdir.resolve('eagain.txt');
  let calls = 0;
  const write = (fd, buf, off, len, pos, cb) => {
    calls++;
    if (calls === 1) return process.nextTick(cb, eagain(), 0, buf);
    // Two bytes at a time: short writes.
    return fs.write(fd, buf, off, Math.min(len, 2), pos, cb);
  };
  const ws = fs.createWriteStream(file, { fs: { open: fs.open, write, close: fs.close } });
  ws.on('error', common.mustNotCall());
  ws.end('hello', common.mustCall(() => {
    assert.strictEqual(calls, 4);
    assert.strictEqual(ws.bytesWritten, 5);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
  }));
}

{
  const file = tmpdir.resolve('stuck.txt');
  const write = (fd, buf, off, len, pos, cb) => process.nextTick(cb, null, 0, buf);
  const ws = fs.createWriteStream(file, { fs: { open: fs.open, write, close: fs.close } });
  ws.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  }));
  ws.write('x');
}
