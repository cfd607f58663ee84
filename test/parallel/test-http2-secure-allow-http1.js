'use strict';
// createSecureServer with allowHTTP1: HTTP/1 requests are made of the
// Http1IncomingMessage/Http1ServerResponse classes given, and close() ends idle
// keep-alive HTTP/1 connections at once. An ALPNCallback (instead of
// ALPNProtocols) picks the protocol itself.
const common = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const fs = require('fs');
const http = require('http');
const https = require('https');
const http2 = require('http2');
const tls = require('tls');

const key = fs.readFileSync(fixtures.path('keys', 'agent1-key.pem'));
const cert = fs.readFileSync(fixtures.path('keys', 'agent1-cert.pem'));

class MyResponse extends http.ServerResponse {
  status(code) { return this.writeHead(code, { 'content-type': 'text/plain' }); }
}

const server = http2.createSecureServer({ key, cert, allowHTTP1: true, Http1ServerResponse: MyResponse },
                                        common.mustCall((req, res) => {
                                          assert.strictEqual(req.httpVersion, '1.1');
                                          res.status(201);
                                          res.end('one');
                                        }));

server.listen(0, common.mustCall(() => {
  const agent = new https.Agent({ keepAlive: true });
  https.get({ port: server.address().port, rejectUnauthorized: false, agent }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    res.resume();
    res.on('end', common.mustCall(() => {
      let closed = false;
      setImmediate(common.mustCall(() => {
        assert.strictEqual(closed, true);
        agent.destroy();
        alpnCallback();
      }));
      server.close(common.mustSucceed(() => { closed = true; }));
    }));
  }));
}));

function alpnCallback() {
  const alpn = http2.createSecureServer({ key, cert, ALPNCallback: () => 'x-test' });
  alpn.on('secureConnection', common.mustCall((socket) => {
    assert.strictEqual(socket.alpnProtocol, 'x-test');
    socket.end();
    alpn.close();
  }));
  alpn.listen(0, common.mustCall(() => {
    const client = tls.connect({ port: alpn.address().port, rejectUnauthorized: false, ALPNProtocols: ['x-test'] },
                               common.mustCall(() => {
                                 assert.strictEqual(client.alpnProtocol, 'x-test');
                                 client.end();
                               }));
  }));
}
