'use strict';
// stream/promises: pipeline() resolves with the last function's value and rejects
// with the first error; finished() settles when a stream is done; stream.promises
// is the same module.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = stream;

assert.strictEqual(stream.promises.pipeline, pipeline);
assert.strictEqual(stream.promises.finished, finished);

(async () => {
  const value = await pipeline(Readable.from(['q', 'r']), async function(source) {
    const seen = [];
    for await (const chunk of source) seen.push(chunk);
    return seen.join('+');
  });
  assert.strictEqual(value, 'q+r');

  await assert.rejects(pipeline(
    Readable.from(['q']),
    new Writable({ write(chunk, encoding, cb) { cb(new Error('bad')); } }),
  ), { message: 'bad' });

  const pt = new PassThrough();
  pt.end('x');
  pt.resume();
  await finished(pt);

  const destroyed = new PassThrough();
  destroyed.destroy();
  await assert.rejects(finished(destroyed), { code: 'ERR_STREAM_PREMATURE_CLOSE' });

  // end: false leaves the destination open.
  const dst = new PassThrough();
  await pipeline(Readable.from(['a']), dst, { end: false });
  assert.strictEqual(dst.writableEnded, false);
})().then(common.mustCall());
