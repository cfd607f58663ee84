'use strict';
// The methods and accessors of a socket's native handle, called on objects that are
// not handles (a plain object, an object inheriting from the handle, another native
// object), throw or return; the process lives on and the real socket keeps working.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const crypto = require('crypto');

const server = net.createServer(common.mustCall((socket) => {
  socket.on('data', common.mustCall((data) => {
    assert.strictEqual(data.toString(), 'still works');
    socket.end();
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const handle = client._handle;
    const receivers = [{}, Object.create(handle), crypto.createHash('sha1')];
    let calls = 0;
    for (let p = Object.getPrototypeOf(handle); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const key of Object.getOwnPropertyNames(p)) {
        if (key === 'constructor') continue;
        const d = Object.getOwnPropertyDescriptor(p, key);
        for (const fn of [d.value, d.get]) {
          if (typeof fn !== 'function') continue;
          for (const self of receivers) {
            calls++;
            try {
              fn.call(self, 1, 2, 3);
            } catch (err) {
              assert.ok(err instanceof TypeError, `${key}: ${err}`);
            }
          }
        }
      }
    }
    assert.ok(calls > 30, `calls: ${calls}`);
    client.write('still works');
  }));
}));
