'use strict';
// A response that is not HTTP fails the request with node's parse error: code, reason,
// bytesParsed and the raw bytes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const payload = 'bad http = should trigger parse error';
const server = net.createServer((c) => c.end(payload));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port });
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_INVALID_CONSTANT');
    assert.strictEqual(err.message, 'Parse Error: Expected HTTP/, RTSP/ or ICE/');
    assert.strictEqual(err.bytesParsed, 0);
    assert.strictEqual(String(err.rawPacket), payload);
    assert.strictEqual(req.socket.listenerCount('data'), 0);
    server.close();
  }));
}));
