'use strict';
// Session safeguards: a PING ACK that answers no PING of ours fails the session
// (ERR_HTTP2_ERROR 'Protocol error'); ping() beyond maxOutstandingPings returns
// false and cancels; settings() beyond maxOutstandingSettings (the first SETTINGS
// counts) fails the session with ERR_HTTP2_MAX_PENDING_SETTINGS_ACK; settings()
// with no argument is allowed.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');

const server = http2.createServer({ maxOutstandingSettings: 2 });
let sessions = 0;
server.on('session', common.mustCall((session) => {
  if (++sessions === 1) {
    session.on('error', common.expectsError({ code: 'ERR_HTTP2_ERROR', message: 'Protocol error' }));
  } else {
    session.on('error', common.expectsError({ code: 'ERR_HTTP2_MAX_PENDING_SETTINGS_ACK' }));
    session.settings();
    session.settings({ enablePush: false });
  }
}, 2));

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  const raw = net.connect(port, common.mustCall(() => {
    const settings = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]);
    const pingAck = Buffer.from([0, 0, 8, 6, 1, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    raw.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), settings, pingAck]));
  }));
  raw.on('error', () => {});
  raw.resume();
  raw.on('close', common.mustCall(() => {
    const client = http2.connect(`http://localhost:${port}`, { maxOutstandingPings: 1 });
    client.on('error', () => {});
    client.on('connect', common.mustCall(() => {
      assert.strictEqual(client.ping(common.mustCall()), true);
      assert.strictEqual(client.ping(common.expectsError({ code: 'ERR_HTTP2_PING_CANCEL' })), false);
    }));
    client.on('close', common.mustCall(() => server.close()));
  }));
}));
