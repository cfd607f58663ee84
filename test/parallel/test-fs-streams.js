'use strict';
// createReadStream (start/end, highWaterMark, destroy closes the fd, ENOENT) and
// createWriteStream (bytesWritten, a full disk errors without crashing).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'in.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');
const ascii = (chunks) => chunks.map((c) => String.fromCharCode(...c)).join('');

const rs = fs.createReadStream(file, { start: 2, end: 5 });
const got = [];
rs.on('open', common.mustCall((fd) => assert.strictEqual(typeof fd, 'number')));
rs.on('ready', common.mustCall());
rs.on('data', (d) => got.push(d));
rs.on('end', common.mustCall(() => {
  assert.strictEqual(ascii(got), 'cdef');
  assert.strictEqual(rs.bytesRead, 4);
}));
rs.on('close', common.mustCall());

const small = fs.createReadStream(file, { highWaterMark: 4 });
small.once('data', common.mustCall((d) => {
  assert.strictEqual(d.length, 4);
  small.destroy();
}));
small.on('close', common.mustCall(() => {
  assert.strictEqual(small.destroyed, true);
  assert.strictEqual(small.fd, null);
}));

fs.createReadStream(path.join(tmpdir.path, 'nope')).on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'open');
}));

assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});

const out = path.join(tmpdir.path, 'out.txt');
const ws = fs.createWriteStream(out);
ws.write('hello ');
ws.end('world', common.mustCall(() => {
  assert.strictEqual(ws.bytesWritten, 11);
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello world');
  const ws2 = fs.createWriteStream(out, { flags: 'r+', start: 6 });
  ws2.end('WORLD', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello WORLD');
  }));
}));
ws.on('close', common.mustCall());

if (fs.existsSync('/dev/full')) {
  const full = fs.createWriteStream('/dev/full');
  full.on('error', common.mustCall((e) => assert.strictEqual(e.code, 'ENOSPC')));
  full.write('x');
}
