'use strict';
// A client that vanishes in the middle of a request body: the request emits 'aborted'
// and 'close' (aborted = true, complete = false), the response 'close', and the server
// forgets the connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  req.on('data', common.mustCall(() => c.destroy()));
  req.on('aborted', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  }));
  req.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  req.on('close', common.mustCall());
  res.on('close', common.mustCall(() => {
    server.getConnections(common.mustSucceed((n) => {
      assert.strictEqual(n, 0);
      server.close();
    }));
  }));
}));

let c;
server.listen(0, common.mustCall(() => {
  c = net.connect(server.address().port, () => {
    c.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhalf');
  });
}));
