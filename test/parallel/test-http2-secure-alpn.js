'use strict';
// createSecureServer over TLS negotiates 'h2' by ALPN; http2.connect('https://...')
// offers it and the request goes through.
const common = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const fs = require('fs');
const http2 = require('http2');

const server = http2.createSecureServer({
  key: fs.readFileSync(fixtures.path('keys', 'agent1-key.pem')),
  cert: fs.readFileSync(fixtures.path('keys', 'agent1-cert.pem')),
});
server.on('stream', common.mustCall((stream, headers) => {
  assert.strictEqual(headers[':scheme'], 'https');
  assert.strictEqual(stream.session.alpnProtocol, 'h2');
  assert.strictEqual(stream.session.encrypted, true);
  stream.respond({ ':status': 200 });
  stream.end('secure hello');
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`https://localhost:${server.address().port}`, {
    rejectUnauthorized: false,
  });
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.alpnProtocol, 'h2');
    assert.strictEqual(client.encrypted, true);
  }));
  const req = client.request({ ':path': '/' });
  let body = '';
  req.setEncoding('utf8');
  req.on('response', common.mustCall((headers) => assert.strictEqual(headers[':status'], 200)));
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'secure hello');
    client.close();
    server.close();
  }));
}));
