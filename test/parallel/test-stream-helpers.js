'use strict';
// stream.isReadable/isWritable/isErrored/isDisturbed/isDestroyed, the default
// high-water marks, the legacy Stream base and the _stream_* aliases.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

{
  const r = new Readable({ read() {} });
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isDisturbed(r), false);
  assert.strictEqual(stream.isErrored(r), false);
  r.on('error', common.mustCall(() => assert.strictEqual(stream.isErrored(r), true)));
  r.destroy(new Error('e'));
  // errorEmitted decides, and it is set when 'error' is emitted on the next tick.
  assert.strictEqual(stream.isErrored(r), false);
  assert.strictEqual(stream.isReadable(r), false);
  assert.strictEqual(stream.isDestroyed(r), true);
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  assert.strictEqual(stream.isWritable(w), true);
  w.end();
  assert.strictEqual(stream.isWritable(w), false);
}

{
  const r = Readable.from(['a', 'b']);
  r.once('data', common.mustCall(() => assert.strictEqual(stream.isDisturbed(r), true)));
}

{
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  stream.setDefaultHighWaterMark(false, 1024);
  assert.strictEqual(new PassThrough().readableHighWaterMark, 1024);
  stream.setDefaultHighWaterMark(false, 65536);
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new Readable({ highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.highWaterMark' is invalid. Received -1",
  });
  assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 16);
  const d = new stream.Duplex({ readableObjectMode: true });
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 65536);
}

{
  assert.strictEqual(stream.Stream, stream);
  assert.strictEqual(new Readable() instanceof stream, true);
  assert.strictEqual(new stream.Duplex() instanceof Writable, true);
  assert.strictEqual(new PassThrough() instanceof Writable, true);
  assert.strictEqual(require('_stream_readable'), Readable);
  assert.strictEqual(require('_stream_writable'), Writable);
  assert.strictEqual(require('_stream_duplex'), stream.Duplex);
  assert.strictEqual(require('_stream_transform'), stream.Transform);
  assert.strictEqual(require('_stream_passthrough'), PassThrough);
  assert.strictEqual(require('node:stream'), stream);
  // Calling the constructors without new works.
  assert.ok(Readable() instanceof Readable);
  assert.ok(Writable() instanceof Writable);
  assert.deepStrictEqual(new Readable().eventNames(), []);
}

{
  // The legacy base pipes 'data' into a writable and ends it on 'end'.
  const src = new stream.Stream();
  src.readable = true;
  const got = [];
  const dst = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      got.push(chunk);
      cb();
    },
  });
  src.pipe(dst);
  src.emit('data', 'a');
  src.emit('data', 'b');
  src.emit('end');
  dst.on('finish', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));
}
