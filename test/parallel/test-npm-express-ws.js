'use strict';
// express (routing, params, query, JSON body) and ws (a WebSocket server on the same
// http server, and its client) from npm, exercised over loopback. `make npm-packages`
// installs them into test/fixtures/npm-packages; without them the test is skipped.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const path = require('path');
const { createRequire } = require('module');

const fixtureRequire = createRequire(path.join(__dirname, '..', 'fixtures', 'npm-packages', 'package.json'));
let express;
let ws;
try {
  express = fixtureRequire('express');
  ws = fixtureRequire('ws');
} catch {
  common.skip('run `make npm-packages` to install the npm fixtures');
}

if (express) {
  const app = express();
  app.use(express.json());
  app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, q: req.query.x }));
  app.post('/echo', (req, res) => res.send(req.body));
  app.use((req, res) => res.status(404).send('nope'));
  const server = http.createServer(app);
  const wss = new ws.WebSocketServer({ server });
  wss.on('connection', (socket) => socket.on('message', (m) => socket.send(`echo:${m}`)));

  server.listen(0, '127.0.0.1', common.mustCall(async () => {
    const base = `http://127.0.0.1:${server.address().port}`;
    const hello = await fetch(`${base}/hello/eddy?x=1`);
    assert.strictEqual(hello.status, 200);
    assert.match(hello.headers.get('content-type'), /^application\/json/);
    assert.deepStrictEqual(await hello.json(), { hi: 'eddy', q: '1' });
    const echo = await fetch(`${base}/echo`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":[1,2]}',
    });
    assert.deepStrictEqual(await echo.json(), { a: [1, 2] });
    const missing = await fetch(`${base}/missing`);
    assert.strictEqual(missing.status, 404);
    assert.strictEqual(await missing.text(), 'nope');

    const client = new ws.WebSocket(`ws://127.0.0.1:${server.address().port}`);
    client.on('open', () => client.send('ping'));
    client.on('message', common.mustCall((m) => {
      assert.strictEqual(String(m), 'echo:ping');
      client.close();
      wss.close();
      server.close();
    }));
  }));
}
