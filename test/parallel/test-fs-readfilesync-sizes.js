'use strict';
// readFileSync of files around the size the binding reads into its scratch array
// (64 KiB): every result is a Buffer of its own, unchanged by later reads, small
// ones from the Buffer pool as node's are, and strings decode the same bytes.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const results = [];
for (const size of [0, 1, 1023, 4095, 4096, 65535, 65536, 65537, 200000]) {
  const file = path.join(tmpdir.path, `f${size}`);
  const data = Buffer.alloc(size);
  for (let i = 0; i < size; i++) data[i] = 0x61 + ((i * 7 + size) % 26);
  fs.writeFileSync(file, data);
  const buf = fs.readFileSync(file);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, size);
  assert.ok(buf.equals(data));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), data.toString('latin1'));
  assert.strictEqual(fs.readFileSync(file, 'latin1'), data.toString('latin1'));
  results.push([buf, data]);
}
// Earlier results were not overwritten by the reads after them.
for (const [buf, data] of results) assert.ok(buf.equals(data));
// A small file's Buffer is a slice of a shared pool, as with Buffer.allocUnsafe.
assert.ok(results[2][0].buffer.byteLength > 1023);

// Multi-byte UTF-8 and invalid bytes decode as node does.
const text = path.join(tmpdir.path, 'text');
fs.writeFileSync(text, Buffer.concat([Buffer.from('héllo wörld €'), Buffer.from([0xff, 0x41])]));
assert.strictEqual(fs.readFileSync(text, 'utf8'), 'héllo wörld €\ufffdA');
assert.strictEqual(fs.readFileSync(text, 'utf-8'), 'héllo wörld €\ufffdA');

// Read through a descriptor, the read goes on from the current position.
const fd = fs.openSync(text, 'r');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'héllo wörld €\ufffdA');
assert.strictEqual(fs.readFileSync(fd).length, 0);
fs.closeSync(fd);

assert.throws(() => fs.readFileSync(path.join(tmpdir.path, 'missing')),
              { code: 'ENOENT', syscall: 'open', path: path.join(tmpdir.path, 'missing') });
assert.throws(() => fs.readFileSync(tmpdir.path, 'utf8'), { code: 'EISDIR', syscall: 'read' });
