'use strict';
// pipeline's callback comes once every stream is done, even one whose destroy takes
// a while; and a destination already destroyed cannot be piped to.
const common = require('../common');
const assert = require('assert');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const streamPromises = require('stream/promises');

{
  const events = [];
  const src = new Readable({ read() {} });
  const dst = new Writable({
    write(chunk, encoding, cb) { cb(); },
    destroy(err, cb) {
      setImmediate(() => {
        events.push('dst destroyed');
        cb(err);
      });
    },
  });
  const middle = [new PassThrough(), new PassThrough()];
  pipeline(src, ...middle, dst, common.mustCall((err) => {
    events.push('callback');
    assert.strictEqual(err.message, 'problem');
    assert.strictEqual(src.closed, true);
    assert.strictEqual(dst.closed, true);
    for (const m of middle) assert.strictEqual(m.closed, true);
    assert.deepStrictEqual(events, ['dst destroyed', 'callback']);
  }));
  src.destroy(new Error('problem'));
}

{
  const dst = new Writable({ write(chunk, encoding, cb) { cb(); } });
  dst.destroy();
  assert.throws(() => pipeline(Readable.from(['a']), dst, common.mustNotCall()), {
    code: 'ERR_STREAM_UNABLE_TO_PIPE',
    message: 'Cannot pipe to a closed or destroyed stream',
  });
  assert.rejects(streamPromises.pipeline(Readable.from(['a']), dst), {
    code: 'ERR_STREAM_UNABLE_TO_PIPE',
  }).then(common.mustCall());
}
