'use strict';
// options.onread: what the socket reads arrives through callback(nread, buffer), a
// bufferful at a time in the caller's buffer, instead of 'data' events; returning false
// pauses until resume().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = Buffer.from('hello world, read in small pieces');

function serve(onListening) {
  const server = net.createServer(common.mustCall((socket) => {
    server.close();
    socket.end(message);
  }));
  server.listen(0, () => onListening(server.address().port));
}

serve((port) => {
  const buf = Buffer.alloc(5);
  const pieces = [];
  net.connect({
    port,
    onread: {
      buffer: buf,
      callback: common.mustCallAtLeast((n, b) => {
        assert.strictEqual(b, buf);
        assert.ok(n > 0 && n <= 5);
        pieces.push(Buffer.from(b.subarray(0, n)));
      }, 7),
    },
  }).on('data', common.mustNotCall()).on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(pieces), message);
  }));
});

serve((port) => {
  const buf = new Uint8Array(8);
  const pieces = [];
  let paused = false;
  const socket = net.connect({
    port,
    onread: {
      buffer: () => buf,
      callback(n) {
        assert.strictEqual(paused, false);
        pieces.push(Buffer.from(buf.subarray(0, n)));
        paused = true;
        setTimeout(() => {
          paused = false;
          socket.resume();
        }, 10);
        return false;
      },
    },
  });
  socket.on('end', common.mustCall(() => assert.deepStrictEqual(Buffer.concat(pieces), message)));
});
