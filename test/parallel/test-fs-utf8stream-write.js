'use strict';
// fs.Utf8Stream writes, buffers below minLength, flushes on demand and ends, in its
// synchronous and asynchronous modes.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Utf8Stream } = fs;

tmpdir.refresh();
let counter = 0;
const tmpFile = () => path.join(tmpdir.path, `utf8stream-${counter++}.log`);

for (const sync of [false, true]) {
  // Written as it comes (minLength 0): 'write' events count bytes, 'finish' then 'close'.
  {
    const dest = tmpFile();
    const stream = new Utf8Stream({ dest, sync });
    let bytes = 0;
    const events = [];
    stream.on('write', (n) => { bytes += n; });
    stream.on('ready', common.mustCall(() => {
      assert.strictEqual(stream.write('hello 🌲\n'), true);
      assert.strictEqual(stream.write('second line\n'), true);
      stream.end();
    }));
    stream.on('finish', () => events.push('finish'));
    stream.on('close', common.mustCall(() => {
      events.push('close');
      assert.deepStrictEqual(events, ['finish', 'close']);
      assert.strictEqual(bytes, Buffer.byteLength('hello 🌲\nsecond line\n'));
      assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'hello 🌲\nsecond line\n');
    }));
  }

  // Below minLength nothing is written until flush(); its callback follows the write.
  {
    const dest = tmpFile();
    const fd = fs.openSync(dest, 'w');
    const stream = new Utf8Stream({ fd, sync, minLength: 4096 });
    assert.strictEqual(stream.fd, fd);
    assert.strictEqual(stream.file, null);
    assert.strictEqual(stream.minLength, 4096);
    assert.strictEqual(stream.sync, sync);
    stream.write('buffered\n');
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), '');
    stream.flush(common.mustSucceed(() => {
      assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'buffered\n');
      stream.end();
    }));
  }

  // flushSync() writes what is buffered before it returns.
  {
    const dest = tmpFile();
    const fd = fs.openSync(dest, 'w');
    const stream = new Utf8Stream({ fd, sync, minLength: 1000 });
    stream.write('a');
    stream.write('b');
    stream.flushSync();
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'ab');
    stream.end();
  }

  // A synchronous stream emits one 'drain' for the writes of a tick.
  {
    const fd = fs.openSync(tmpFile(), 'w');
    const stream = new Utf8Stream({ fd, sync, minLength: 0 });
    let drains = 0;
    stream.on('drain', common.mustCall(() => {
      if (!sync && ++drains === 1) stream.write('y');
      else stream.end();
    }, sync ? 1 : 2));
    stream.write('x');
    if (sync) stream.write('y');
  }
}

// write() returns false from 16387 queued bytes (or minLength, when larger).
{
  const stream = new Utf8Stream({ dest: tmpFile(), minLength: 100 });
  assert.strictEqual(stream.write('x'.repeat(16386)), true);
  assert.strictEqual(stream.write('y'), false);
  stream.on('drain', common.mustCall(() => stream.end()));
}

// Past maxLength, a write is dropped with a 'drop' event.
{
  const stream = new Utf8Stream({ dest: tmpFile(), maxLength: 10, minLength: 5 });
  stream.on('drop', common.mustCall((data) => assert.strictEqual(data, 'abcdefghijk')));
  stream.write('abcd');
  stream.write('abcdefghijk');
  stream.end();
}
