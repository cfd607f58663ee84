'use strict';
// finished(stream, { readable: false }) on an ended Duplex waits for its pending write.
const common = require('../common');
const assert = require('node:assert');
const { Duplex, finished } = require('node:stream');

let written = false;
const stream = new Duplex({
  write(chunk, encoding, cb) {
    setImmediate(() => {
      written = true;
      cb();
    });
  },
});
stream.end('foo');
finished(stream, { readable: false }, common.mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(written, true);
  assert.strictEqual(stream._writableState.pendingcb, 0);
}));
