'use strict';
// A ping asked for while the session is still connecting, or once close() has begun,
// is never sent: its callback gets ERR_HTTP2_PING_CANCEL on a later tick and ping()
// returns undefined. A ping after 'connect' is answered with its payload.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  assert.strictEqual(client.connecting, true);
  let sync = true;
  const returned = client.ping(Buffer.from('early..!'), common.mustCall((err, ...rest) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.code, 'ERR_HTTP2_PING_CANCEL');
    assert.deepStrictEqual(rest, []);
  }));
  sync = false;
  assert.strictEqual(returned, undefined);
  client.on('connect', common.mustCall(() => {
    client.ping(Buffer.from('answered'), common.mustSucceed((duration, payload) => {
      assert.strictEqual(String(payload), 'answered');
      client.close();
      assert.strictEqual(client.ping(common.expectsError({ code: 'ERR_HTTP2_PING_CANCEL' })), undefined);
      server.close();
    }));
  }));
}));
