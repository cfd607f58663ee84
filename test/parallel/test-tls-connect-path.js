'use strict';
// tls.connect({ path }) speaks TLS over a unix socket (a pipe handle underneath),
// and https.get works over one with socketPath.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const tls = require('tls');
const path = require('path');
const tmpdir = require('../common/tmpdir');
const keys = require('../fixtures/keys/keys.js');

if (common.isWindows) common.skip('unix sockets');
tmpdir.refresh();
const sock = path.join(tmpdir.path, 'tls.sock');

const server = https.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (req, res) => res.end('over a pipe'));
server.listen(sock, common.mustCall(() => {
  const c = tls.connect({ path: sock, ca: keys.caCert, servername: 'localhost' }, common.mustCall(() => {
    assert.strictEqual(c.authorized, true);
    c.setKeepAlive(true);
    c.setNoDelay(true);
    c.end();
    https.get({ socketPath: sock, path: '/', ca: keys.caCert, servername: 'localhost' }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(body, 'over a pipe');
        server.close();
      }));
    }));
  }));
}));
