'use strict';
// A read stream destroyed mid-pipe closes its descriptor; writing after end errors;
// closing a descriptor twice reports EBADF.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Writable } = require('stream');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'big');
fs.writeFileSync(file, new Uint8Array(1024 * 1024));

// Nothing else opens files yet, so the number cannot be reused in between.
const fd2 = fs.openSync(file, 'r');
fs.closeSync(fd2);
assert.throws(() => fs.closeSync(fd2), { code: 'EBADF', syscall: 'close' });

const rs = fs.createReadStream(file, { highWaterMark: 1024 });
let fd;
rs.on('open', (n) => { fd = n; });
let seen = 0;
const sink = new Writable({
  write(chunk, enc, cb) {
    seen += chunk.length;
    if (seen >= 4096) rs.destroy();
    cb();
  },
});
rs.pipe(sink);
rs.on('close', common.mustCall(() => {
  assert(seen < 1024 * 1024);
  assert.strictEqual(rs.fd, null);
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
  writeAfterEnd();
}));

function writeAfterEnd() {
  const ws = fs.createWriteStream(path.join(tmpdir.path, 'out'));
  ws.end('x');
  ws.write('y', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
  ws.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
}
