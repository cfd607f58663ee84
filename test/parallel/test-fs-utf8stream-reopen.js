'use strict';
// fs.Utf8Stream.reopen(): after a rotation renamed its file, the stream opens the
// path again (or the file it is given) and goes on writing there.
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
  const dest = tmpFile();
  const rotated = `${dest}.1`;
  const stream = new Utf8Stream({ dest, sync });
  stream.write('before\n');
  stream.once('drain', common.mustCall(() => {
    fs.renameSync(dest, rotated);
    stream.reopen();
    stream.once('ready', common.mustCall(() => {
      stream.write('after\n');
      stream.end();
    }));
  }));
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(rotated, 'utf8'), 'before\n');
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'after\n');
  }));
}

// Asked before the first open finished: the end waits for the reopen.
{
  const dest = tmpFile();
  const other = tmpFile();
  const stream = new Utf8Stream({ dest, minLength: 4096 });
  stream.reopen(other);
  stream.write('to the other file\n');
  stream.end();
  stream.on('finish', common.mustCall(() => {
    assert.strictEqual(stream.file, other);
    assert.strictEqual(fs.readFileSync(other, 'utf8'), 'to the other file\n');
  }));
}
