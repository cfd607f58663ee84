'use strict';
// tls.connect with autoSelectFamily tries the addresses in turn; the attempt that
// connects is still TLS (ALPN and servername included).
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert, ALPNProtocols: ['x'] },
                                common.mustCall((s) => s.end(`${s.servername} ${s.alpnProtocol}`)));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const lookup = common.mustCall((host, options, cb) => {
    assert.strictEqual(options.all, true);
    // Nothing listens on 127.0.0.2 at this port: that attempt is refused.
    cb(null, [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]);
  });
  const c = tls.connect({
    host: 'example.test', port: server.address().port, lookup, autoSelectFamily: true,
    ca: keys.caCert, checkServerIdentity: () => undefined, ALPNProtocols: ['x'], servername: 'example.test',
  }, common.mustCall(() => {
    assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses,
                           [`127.0.0.2:${server.address().port}`, `127.0.0.1:${server.address().port}`]);
    assert.strictEqual(c.authorized, true);
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    c.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'example.test x');
      server.close();
    }));
  }));
}));
