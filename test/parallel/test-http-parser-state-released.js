'use strict';
// A connection's parser lets go of its per-connection state when the connection is
// done: the server parser's timeout slot and the client parser's callbacks and options.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { HTTPParser } = require('_http_common');

const server = http.createServer(common.mustCall((req, res) => {
  const parser = req.socket.parser;
  assert.strictEqual(typeof parser[HTTPParser.kOnTimeout], 'function');
  req.socket.on('close', common.mustCall(() => assert.strictEqual(parser[HTTPParser.kOnTimeout], null)));
  res.end();
  server.close();
}));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, headers: { Connection: 'close' }, joinDuplicateHeaders: true });
  let parser;
  req.on('socket', common.mustCall(() => {
    parser = req.parser;
    assert.strictEqual(typeof parser.onIncoming, 'function');
    assert.strictEqual(parser.joinDuplicateHeaders, true);
  }));
  req.on('response', common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.strictEqual(parser.onIncoming, null);
      assert.strictEqual(parser.joinDuplicateHeaders, null);
    }));
  }));
}));
