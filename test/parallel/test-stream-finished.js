'use strict';
// finished(): calls back after 'end'/'finish', with ERR_STREAM_PREMATURE_CLOSE on
// an early 'close', with the stream's error, and returns a cleanup function.
const common = require('../common');
const assert = require('assert');
const { finished, Readable, Writable, PassThrough } = require('stream');

{
  const r = Readable.from(['a']);
  finished(r, common.mustCall((err) => assert.strictEqual(err, undefined)));
  r.resume();
}

{
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  finished(w, common.mustCall((err) => assert.strictEqual(err, undefined)));
  w.end('x');
}

{
  const r = new Readable({ read() {} });
  finished(r, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  }));
  r.destroy();
}

{
  const pt = new PassThrough();
  const boom = new Error('boom');
  finished(pt, common.mustCall((err) => assert.strictEqual(err, boom)));
  pt.destroy(boom);
  pt.on('error', () => {});
}

{
  const pt = new PassThrough();
  const cleanup = finished(pt, common.mustNotCall());
  cleanup();
  pt.destroy();
}

{
  // Only the writable side: a duplex that finished but never ended is done.
  const pt = new PassThrough();
  finished(pt, { readable: false }, common.mustCall((err) => assert.strictEqual(err, undefined)));
  pt.end('x');
}

assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new PassThrough(), 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
