'use strict';
// tls.connect's onread option: cleartext goes into the caller's buffer through the
// callback instead of 'data' events. A callback returning false pauses the socket;
// resume() delivers the rest of what was read, a bufferful at a time, then reads on.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const message = Buffer.alloc(64 * 1024, 'hello world');
const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => s.end(message));
server.listen(0, common.mustCall(() => {
  const buffer = Buffer.alloc(100);
  const chunks = [];
  let paused = false;
  const client = tls.connect({
    port: server.address().port,
    rejectUnauthorized: false,
    onread: {
      buffer,
      callback: common.mustCallAtLeast((nread, buf) => {
        assert.strictEqual(buf, buffer);
        assert(nread <= 100);
        chunks.push(Buffer.from(buf.subarray(0, nread)));
        if (!paused) {
          paused = true;
          setTimeout(() => client.resume(), 50);
          return false;
        }
      }),
    },
  });
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), message);
    server.close();
  }));
}));
