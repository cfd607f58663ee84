'use strict';
// Session lifecycle: the server closes its session gracefully (GOAWAY) while a
// response is on its way; the client sees the GOAWAY, still gets the whole response,
// and both sessions emit 'close'. ping and settings acknowledgements arrive first.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('session', common.mustCall((session) => {
  session.on('close', common.mustCall());
}));
server.on('stream', common.mustCall((stream) => {
  stream.respond();
  stream.end('last');
  stream.session.close();
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', common.mustCall((settings) => {
    assert.strictEqual(settings.initialWindowSize, 65535);
  }));
  client.on('goaway', common.mustCallAtLeast((code, lastStreamID) => {
    assert.strictEqual(code, http2.constants.NGHTTP2_NO_ERROR);
    assert.strictEqual(lastStreamID, 1);
  }));
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.destroyed, true);
    assert.throws(() => client.request({ ':path': '/' }), { code: 'ERR_HTTP2_INVALID_SESSION' });
    server.close();
  }));
  client.on('connect', common.mustCall(() => {
    client.ping(Buffer.from('12345678'), common.mustCall((err, duration, payload) => {
      assert.ifError(err);
      assert.strictEqual(typeof duration, 'number');
      assert.strictEqual(payload.toString(), '12345678');
      client.settings({ enablePush: false }, common.mustCall((err) => {
        assert.ifError(err);
        request(client);
      }));
    }));
  }));
}));

function request(client) {
  const req = client.request({ ':path': '/' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'last');
    assert.strictEqual(client.closed, true);
  }));
}
