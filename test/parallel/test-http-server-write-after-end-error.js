'use strict';
// Writing to a response after end() fails the write's callback and emits 'error' on the
// response, even when the response finishes in the same tick.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  const seen = [];
  res.on('error', common.mustCall((err) => {
    seen.push(`error ${err.code}`);
  }, 2));
  res.end('body');
  assert.strictEqual(res.write('late', common.mustCall((err) => seen.push(`cb ${err.code}`))), false);
  res.end('later', common.mustCall((err) => seen.push(`end cb ${err.code}`)));
  res.end(common.mustCall((err) => seen.push(`end cb2 ${err?.code}`)));
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(seen, [
      'end cb2 ERR_STREAM_ALREADY_FINISHED', 'cb ERR_STREAM_WRITE_AFTER_END', 'error ERR_STREAM_WRITE_AFTER_END',
      'end cb ERR_STREAM_WRITE_AFTER_END', 'error ERR_STREAM_WRITE_AFTER_END',
    ]);
    server.close();
  }), 50);
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => res.resume()));
}));
