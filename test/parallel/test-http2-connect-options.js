'use strict';
// http2.connect(): options.host/port win over the authority's host and port (the
// authority then names only :authority); a host header is sent instead of
// :authority, not beside it; an extended CONNECT (RFC 8441, with :protocol) gets the
// defaults of any request; util.promisify(http2.connect) resolves with the
// connected session, or rejects with the connection's error.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const util = require('util');

const server = http2.createServer({ settings: { enableConnectProtocol: true } });
const seen = [];
server.on('stream', common.mustCall((stream, headers) => {
  seen.push(headers);
  stream.respond();
  stream.end('ok');
}, 2));

server.listen(0, common.mustCall(async () => {
  const { port } = server.address();
  const client = http2.connect('http://unused.invalid', { host: 'localhost', port });
  const req = client.request({ ':path': '/a', 'host': 'example.org:8' });
  assert.strictEqual(req.sentHeaders[':authority'], undefined);
  assert.strictEqual(req.sentHeaders.host, 'example.org:8');
  req.resume();
  await new Promise((resolve) => req.on('end', resolve));
  assert.strictEqual(seen[0][':authority'], undefined);
  assert.strictEqual(seen[0].host, 'example.org:8');
  client.close();

  const connect = util.promisify(http2.connect);
  const connected = await connect(`http://localhost:${port}`);
  assert.strictEqual(connected.connecting, false);
  connected.close();

  const session = http2.connect(`http://localhost:${port}`);
  await new Promise((resolve) => session.once('remoteSettings', resolve));
  const tunnel = session.request({ ':method': 'CONNECT', ':protocol': 'websocket' });
  assert.deepStrictEqual(
    [tunnel.sentHeaders[':authority'], tunnel.sentHeaders[':scheme'], tunnel.sentHeaders[':path']],
    [`localhost:${port}`, 'http', '/']);
  tunnel.resume();
  await new Promise((resolve) => tunnel.on('close', resolve));
  assert.strictEqual(seen[1][':protocol'], 'websocket');
  assert.strictEqual(tunnel.rstCode, 0);
  session.close();

  const lookupError = new Error('no such host');
  await assert.rejects(connect('http://nowhere.invalid', {
    lookup: (host, options, cb) => cb(lookupError),
  }), lookupError);
  server.close();
}));
