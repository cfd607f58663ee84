'use strict';
// ClientRequest.setTimeout: 'timeout' fires on an idle socket; destroying the request
// then surfaces as an ECONNRESET 'socket hang up' error and 'close'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(() => { /* never answers */ });
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, agent: false });
  req.setTimeout(50, common.mustCall(() => req.destroy()));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
  }));
  req.on('close', common.mustCall(() => {
    server.closeAllConnections();
    server.close();
  }));
}));
