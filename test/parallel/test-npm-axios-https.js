'use strict';
// axios from npm against a local https server: JSON in both directions, a redirect,
// an error status, and a server the client must refuse (no trusted CA).
// `make npm-packages` installs axios into test/fixtures/npm-packages; without it the
// test is skipped.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const path = require('path');
const { createRequire } = require('module');
const keys = require('../fixtures/keys/keys.js');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let axios;
try {
  axios = fixtureRequire('axios');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (axios) {
  const server = https.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (req, res) => {
    if (req.url === '/old') {
      res.writeHead(302, { location: '/json?from=old' });
      res.end();
    } else if (req.url.startsWith('/json')) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ url: req.url, method: req.method }));
    } else if (req.url === '/echo') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ got: JSON.parse(body), type: req.headers['content-type'] }));
      });
    } else {
      res.statusCode = 404;
      res.end('missing');
    }
  });

  server.listen(0, '127.0.0.1', common.mustCall(async () => {
    const base = `https://localhost:${server.address().port}`;
    const agent = new https.Agent({ ca: keys.caCert, keepAlive: true });
    const client = axios.create({ baseURL: base, httpsAgent: agent });

    const a = await client.get('/json?x=1');
    assert.strictEqual(a.status, 200);
    assert.deepStrictEqual(a.data, { url: '/json?x=1', method: 'GET' });

    const b = await client.post('/echo', { list: [1, 2, 3] });
    assert.deepStrictEqual(b.data, { got: { list: [1, 2, 3] }, type: 'application/json' });

    const c = await client.get('/old');
    assert.deepStrictEqual(c.data, { url: '/json?from=old', method: 'GET' });

    await assert.rejects(client.get('/nope'), (err) => {
      assert.strictEqual(err.response.status, 404);
      assert.strictEqual(err.response.data, 'missing');
      return true;
    });

    // Without the test CA the certificate does not verify.
    await assert.rejects(axios.get(`${base}/json`), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });

    agent.destroy();
    server.close();
  }));
}
