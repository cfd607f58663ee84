'use strict';
// Once a session is destroyed, session.socket is undefined, and the view of the socket
// taken before throws ERR_HTTP2_SOCKET_UNBOUND at once (not only after the socket
// itself has closed).
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.listen(0, common.mustCall(() => {
  const session = http2.connect(`http://localhost:${server.address().port}`);
  const view = session.socket;
  assert.strictEqual(typeof view, 'object');
  assert.strictEqual(session.socket, view);
  session.on('connect', common.mustCall(() => {
    assert.strictEqual(view.remotePort, server.address().port);
    session.destroy();
    assert.strictEqual(session.socket, undefined);
    assert.throws(() => view.remotePort, { code: 'ERR_HTTP2_SOCKET_UNBOUND' });
    session.on('close', common.mustCall(() => {
      assert.strictEqual(session.socket, undefined);
      server.close();
    }));
  }));
}));
