'use strict';
// tls.connect(port, options) and tls.connect(port, host, options): the options object
// after the port (and host) is merged in, rejectUnauthorized included.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const options = {
  key: keys.agent1Key,
  cert: keys.agent1Cert,
  rejectUnauthorized: false,
};
const server = tls.createServer(options, common.mustCall((socket) => socket.end('hi'), 2));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let done = 0;
  for (const client of [tls.connect(port, { ...options, host: '127.0.0.1' }),
    tls.connect(port, '127.0.0.1', options)]) {
    client.on('secureConnect', common.mustCall(() => {
      assert.strictEqual(client.authorized, false);
      assert.strictEqual(typeof client.authorizationError, 'string');
    }));
    client.on('error', common.mustNotCall());
    client.resume();
    client.on('end', common.mustCall(() => {
      if (++done === 2) server.close();
    }));
  }
}));
