'use strict';
// shouldUpgradeCallback decides whether an Upgrade request is upgraded: false makes it an
// ordinary request; true with no 'upgrade' listener drops the connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.createServer({ shouldUpgradeCallback: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.shouldUpgradeCallback" property must be of type function. Received type number (1)',
});
assert.strictEqual(typeof http.createServer().shouldUpgradeCallback, 'function');

const upgradeHeaders = { Upgrade: 'websocket', Connection: 'Upgrade' };

function declined(next) {
  const server = http.createServer({
    shouldUpgradeCallback: common.mustCall((req) => {
      assert.strictEqual(req.headers.upgrade, 'websocket');
      return false;
    }),
  }, common.mustCall((req, res) => res.end('plain')));
  server.on('upgrade', common.mustNotCall());
  server.listen(0, common.mustCall(() => {
    const req = http.request({ port: server.address().port, headers: upgradeHeaders });
    req.on('upgrade', common.mustNotCall());
    req.on('response', common.mustCall((res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', common.mustCall(() => {
        assert.strictEqual(body, 'plain');
        server.close(next);
      }));
    }));
    req.end();
  }));
}

function acceptedWithoutListener() {
  const server = http.createServer({ shouldUpgradeCallback: common.mustCall(() => true) },
                                   common.mustNotCall());
  server.listen(0, common.mustCall(() => {
    const req = http.request({ port: server.address().port, headers: upgradeHeaders });
    req.on('response', common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      server.close();
    }));
    req.end();
  }));
}

declined(acceptedWithoutListener);
