'use strict';
// node's error codes for misuse of a Writable.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

function make(opts) {
  return new Writable({ write(chunk, encoding, cb) { cb(); }, ...opts });
}

{
  const w = make();
  assert.throws(() => w.write(null), {
    code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError', message: 'May not write null values to stream',
  });
  assert.throws(() => w.write(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (5)',
  });
  assert.throws(() => w.write('x', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}

{
  const w = make();
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
  w.end();
  w.write('a', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
}

{
  const w = make();
  w.on('error', common.mustNotCall());
  w.destroy();
  w.write('a', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
  }));
}

{
  const w = make();
  w.end(common.mustCall(() => {
    w.end(common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
      assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
    }));
  }));
}

{
  const w = new Writable({ write(chunk, encoding, cb) { cb(); cb(); } });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
  }));
  w.write('a');
}

{
  const w = new Writable();
  w.on('error', common.mustNotCall());
  assert.throws(() => w.write('a'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _write() method is not implemented',
  });
}

{
  const w = make();
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE');
    assert.strictEqual(err.message, 'Cannot pipe, not readable');
  }));
  w.pipe(make());
}

{
  const w = new Writable({ write(chunk, encoding, cb) { cb(new Error('write failed')); } });
  const log = [];
  w.on('error', (err) => log.push(`error:${err.message}`));
  w.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['ret:false', 'cb:write failed', 'error:write failed']);
  }));
  log.push(`ret:${w.write('a', (err) => log.push(`cb:${err.message}`))}`);
}
