'use strict';
// ws from npm over wss://: a WebSocketServer on an https server, and ws's client
// verifying the server against the test CA. `make npm-packages` installs ws into
// test/fixtures/npm-packages; without it the test is skipped.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const path = require('path');
const { createRequire } = require('module');
const keys = require('../fixtures/keys/keys.js');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let ws;
try {
  ws = fixtureRequire('ws');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (ws) {
  const server = https.createServer({ key: keys.agent1Key, cert: keys.agent1Cert });
  const wss = new ws.WebSocketServer({ server });
  wss.on('connection', common.mustCall((socket, req) => {
    assert.strictEqual(req.socket.encrypted, true);
    socket.on('message', (m, isBinary) => socket.send(isBinary ? m : `echo:${m}`, { binary: isBinary }));
  }));

  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = new ws.WebSocket(`wss://localhost:${server.address().port}/chat`, { ca: keys.caCert });
    const got = [];
    client.on('open', common.mustCall(() => {
      client.send('ping');
      client.send(Buffer.alloc(70000, 7)); // bigger than one TLS record
    }));
    client.on('message', common.mustCall((m, isBinary) => {
      got.push(isBinary ? m.length : String(m));
      if (got.length === 2) {
        assert.deepStrictEqual(got, ['echo:ping', 70000]);
        client.close(1000, 'done');
      }
    }, 2));
    client.on('close', common.mustCall((code) => {
      assert.strictEqual(code, 1000);
      wss.close();
      server.close();
    }));
  }));
}
