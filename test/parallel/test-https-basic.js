'use strict';
// https: a server answering over TLS (req.socket is the TLSSocket), https.get with
// options and with a URL string and an Agent that caches the TLS session, and the
// verification error for a client without the test CA.
const common = require('../common');
let https;
try {
  https = require('https');
  require('http');
} catch {
  common.skip('node:http is not in this build yet');
  process.exit(0);
}
const assert = require('assert');
const keys = require('../fixtures/keys/keys');

const server = https.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, common.mustCall((req, res) => {
  assert.strictEqual(req.socket.encrypted, true);
  res.setHeader('x-secure', String(req.socket.encrypted));
  res.end(`hello ${req.method} ${req.url}`);
}, 2));

function body(res) {
  return new Promise((resolve) => {
    let out = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { out += d; });
    res.on('end', () => resolve(out));
  });
}

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  https.get({ port, host: 'localhost', path: '/a', ca: keys.caCert }, common.mustCall(async (res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.headers['x-secure'], 'true');
    assert.strictEqual(await body(res), 'hello GET /a');
    const agent = new https.Agent({ keepAlive: true, ca: keys.caCert });
    assert.strictEqual(agent.defaultPort, 443);
    assert.strictEqual(agent.protocol, 'https:');
    https.get(`https://localhost:${port}/b`, { agent }, common.mustCall(async (res2) => {
      assert.strictEqual(await body(res2), 'hello GET /b');
      assert.strictEqual(Object.keys(agent._sessionCache.map).length, 1);
      https.get({ port, host: 'localhost', path: '/c' }, common.mustNotCall()).on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
        agent.destroy();
        server.close();
      }));
    }));
  }));
}));
