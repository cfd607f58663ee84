'use strict';
// HTTP/2 settings as node reports them: each 'remoteSettings' event shows the
// settings as its own SETTINGS frame left them (two frames read together are two
// states); custom settings appear for the ids remoteCustomSettings names (ours as
// sent); localSettings/remoteSettings give the same object until they change; and
// a lower maxHeaderListSize does not cut the response of a stream already open.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer({
  remoteCustomSettings: [55],
  settings: { customSettings: { 1244: 456 } },
});
server.on('session', (session) => session.settings({ maxConcurrentStreams: 2 }));
server.on('stream', common.mustCall((stream) => {
  const { session } = stream;
  assert.deepStrictEqual(session.localSettings.customSettings, { 1244: 456 });
  assert.deepStrictEqual(session.remoteSettings.customSettings, { 55: 12 });
  assert.strictEqual(session.localSettings, session.localSettings);
  assert.strictEqual(session.remoteSettings, session.remoteSettings);
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('ok');
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`, {
    settings: { customSettings: { 55: 12, 155: 144 } },
  });
  const seen = [];
  client.on('remoteSettings', common.mustCall((settings) => {
    seen.push(settings.maxConcurrentStreams);
    assert.strictEqual(settings.customSettings, undefined);
  }, 2));
  const req = client.request({ ':path': '/' });
  req.on('ready', common.mustCall(() => client.settings({ maxHeaderListSize: 1 })));
  req.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 200);
  }));
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'ok');
    assert.deepStrictEqual(seen, [2 ** 32 - 1, 2]);
    client.close();
    server.close();
  }));
}));
