'use strict';
// A socket carries one session: a second performServerHandshake on it throws
// ERR_HTTP2_SOCKET_BOUND. session.socket reads the socket, refuses what would break
// the framing (ERR_HTTP2_NO_SOCKET_MANIPULATION) and throws ERR_HTTP2_SOCKET_UNBOUND
// once the session and its socket are gone. A request's events run in the
// AsyncLocalStorage context request() was called in.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const net = require('net');
const { Duplex } = require('stream');
const { AsyncLocalStorage } = require('async_hooks');

const duplex = new Duplex({ read() {}, write(chunk, enc, cb) { cb(); } });
http2.performServerHandshake(duplex);
assert.throws(() => http2.performServerHandshake(duplex), { code: 'ERR_HTTP2_SOCKET_BOUND' });

const storage = new AsyncLocalStorage();
const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.respond();
  stream.end('data');
}, 2));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const socket = client.socket;
  assert.strictEqual(socket instanceof net.Socket, true);
  assert.throws(() => socket.write('x'), { code: 'ERR_HTTP2_NO_SOCKET_MANIPULATION' });
  let left = 2;
  for (const id of [1, 2]) {
    storage.run({ id }, () => {
      const req = client.request();
      req.on('response', common.mustCall(() => assert.strictEqual(storage.getStore().id, id)));
      req.on('data', common.mustCall(() => assert.strictEqual(storage.getStore().id, id)));
      req.on('end', common.mustCall(() => {
        assert.strictEqual(storage.getStore().id, id);
        if (--left === 0) {
          assert.strictEqual(socket.remotePort, server.address().port);
          client.close(common.mustCall(() => {
            setImmediate(common.mustCall(() => {
              assert.throws(() => socket.remotePort, { code: 'ERR_HTTP2_SOCKET_UNBOUND' });
              server.close();
            }));
          }));
        }
      }));
    });
  }
}));
