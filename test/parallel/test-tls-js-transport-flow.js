'use strict';
// TLS over a JS transport (a Duplex that is not a socket), here duplexPair():
// - a write completes once the transport has taken its records, so a reader that
//   stops holds the writer back (backpressure), and writeQueueSize counts them;
// - the transport's end waits for the records the reader had not read yet (no data
//   is lost when the reader pauses and the writer ends);
// - a server made after the client already wrote its hello, whose flight the client
//   answers at once inside the transport's write, completes its handshake.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { duplexPair } = require('stream');
const { TLSSocket, connect } = require('tls');
const { agent1Cert: cert, agent1Key: key } = require('../fixtures/keys/keys');

const total = 4 << 20;
const chunk = crypto.randomBytes(64 << 10);
const expected = crypto.createHash('sha256');
for (let n = 0; n < total; n += chunk.length) expected.update(chunk);
const expectedDigest = expected.digest('hex');

// The client first: its hello waits in the pair until the server exists.
const [clientSide, serverSide] = duplexPair();
const client = connect({ socket: clientSide, rejectUnauthorized: false });
const server = new TLSSocket(serverSide, { isServer: true, key, cert });
server.on('secure', common.mustCall());

client.on('secureConnect', common.mustCall(() => {
  client.write('hello', common.mustCall(() => {
    assert.strictEqual(client._handle.writeQueueSize, 0);
    assert.strictEqual(server.read(5).toString(), 'hello');
    sendAll();
  }));
  assert.ok(client._handle.writeQueueSize > 0);
}));

let acknowledged = 0;
function sendAll() {
  let written = 0;
  (function pump() {
    while (written < total) {
      written += chunk.length;
      const more = client.write(chunk, () => { acknowledged += chunk.length; });
      if (!more) return client.once('drain', pump);
    }
    client.end();
  })();
  // The server has not read: the client's writes wait for it.
  setTimeout(common.mustCall(() => {
    assert.ok(acknowledged < total / 4, `${acknowledged} bytes acknowledged before any read`);
    receiveAll();
  }), 100);
}

function receiveAll() {
  const hash = crypto.createHash('sha256');
  let received = 0;
  let pauses = 0;
  server.on('data', (data) => {
    hash.update(data);
    received += data.length;
    // Pause now and then, with records still in flight, and the client's end behind them.
    if (received > (pauses + 1) * (1 << 20)) {
      pauses++;
      server.pause();
      setTimeout(() => server.resume(), 10);
    }
  });
  server.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    assert.strictEqual(hash.digest('hex'), expectedDigest);
    assert.strictEqual(acknowledged, total);
    server.end();
  }));
}
