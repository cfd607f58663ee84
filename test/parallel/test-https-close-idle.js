'use strict';
// server.close() on an https server ends idle keep-alive connections at once, as
// http's does, so the close callback does not wait for the keep-alive timeout.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const keys = require('../fixtures/keys/keys');

const server = https.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (req, res) => {
  res.end('ok');
});
server.listen(0, common.mustCall(() => {
  const agent = new https.Agent({ keepAlive: true, ca: keys.caCert });
  https.get({ port: server.address().port, host: 'localhost', agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      const start = Date.now();
      server.close(common.mustCall(() => {
        assert.ok(Date.now() - start < 2000, 'close waited for the keep-alive timeout');
        agent.destroy();
      }));
    }));
  }));
}));
