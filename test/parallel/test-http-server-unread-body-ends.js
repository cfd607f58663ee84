'use strict';
// A request answered before its body arrived, and never read, still ends and closes
// once the rest of its body has come in (the server discards it).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.end('early');
  const events = [];
  req.on('end', common.mustCall(() => events.push('end')));
  req.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, ['end']);
    assert.strictEqual(req.complete, true);
    server.close();
  }));
}));
server.listen(0, common.mustCall(() => {
  const post = http.request({ port: server.address().port, method: 'POST' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => setTimeout(() => post.end('rest of the body'), 20)));
  }));
  post.write('start of the body');
}));
