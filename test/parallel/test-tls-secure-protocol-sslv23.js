'use strict';
// secureProtocol 'SSLv23_method' (node's legacy name) negotiates up to TLS 1.2 only;
// 'TLS_method' any version.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => s.end());
server.listen(0, common.mustCall(() => {
  const expected = { SSLv23_method: 'TLSv1.2', SSLv23_client_method: 'TLSv1.2', TLS_method: 'TLSv1.3' };
  let left = Object.keys(expected).length;
  for (const [secureProtocol, protocol] of Object.entries(expected)) {
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false, secureProtocol },
                          common.mustCall(() => {
                            assert.strictEqual(c.getProtocol(), protocol, secureProtocol);
                            c.end();
                            if (--left === 0) server.close();
                          }));
  }
}));
