'use strict';
// TLS 1.2 renegotiation: a client may renegotiate (the callback runs, 'secure' fires
// again), the server refuses more than tls.CLIENT_RENEG_LIMIT renegotiations with
// ERR_TLS_SESSION_ATTACK, disableRenegotiation() refuses the next one, and TLS 1.3
// has none to offer.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const options = { key: keys.agent1Key, cert: keys.agent1Cert, maxVersion: 'TLSv1.2' };

function limitTest(done) {
  tls.CLIENT_RENEG_LIMIT = 2;
  const server = tls.createServer(options, common.mustCall((conn) => {
    conn.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_TLS_SESSION_ATTACK');
      assert.strictEqual(err.message, 'TLS session renegotiation attack detected');
      conn.destroy();
    }));
    conn.pipe(conn);
  }));
  server.listen(0, common.mustCall(() => {
    let renegs = 0;
    const client = tls.connect({ port: server.address().port, rejectUnauthorized: false }, common.mustCall(() => {
      assert.throws(() => client.renegotiate(), { code: 'ERR_INVALID_ARG_TYPE' });
      assert.throws(() => client.renegotiate({}, false), { code: 'ERR_INVALID_ARG_TYPE' });
      spam();
    }));
    function spam() {
      client.write('');
      assert.strictEqual(client.renegotiate({}, (err) => {
        assert.ifError(err);
        assert.ok(renegs <= tls.CLIENT_RENEG_LIMIT);
        spam();
      }), true);
      renegs++;
    }
    client.on('close', common.mustCall((hadErr) => {
      assert.strictEqual(hadErr, false);
      assert.strictEqual(renegs, tls.CLIENT_RENEG_LIMIT + 1);
      server.close();
      done();
    }));
  }));
}

function disabledTest(done) {
  const server = tls.createServer(options, common.mustCall((socket) => {
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_TLS_RENEGOTIATION_DISABLED');
      assert.strictEqual(err.message, 'TLS session renegotiation disabled for this socket');
      socket.destroy();
      client.destroy();
      server.close(common.mustCall(done));
    }));
    socket.on('data', common.mustCall((chunk) => {
      socket.write(chunk);
      socket.disableRenegotiation();
    }));
    socket.on('secure', common.mustCall());
  }));
  let client;
  server.listen(0, common.mustCall(() => {
    client = tls.connect({ port: server.address().port, rejectUnauthorized: false }, common.mustCall(() => {
      client.renegotiate({}, common.mustSucceed(() => {
        // The echo comes back after the server disabled renegotiation; a write
        // callback only says the bytes left this process.
        client.once('data', common.mustCall(() => {
          assert.strictEqual(client.renegotiate({}, common.mustNotCall()), true);
        }));
        client.write('data');
      }));
      client.on('secureConnect', common.mustCall());
      client.on('secure', common.mustCall());
    }));
    client.on('error', () => {});
  }));
}

function tls13Test() {
  const server = tls.createServer({ ...options, maxVersion: 'TLSv1.3' }, (c) => c.end());
  server.listen(0, common.mustCall(() => {
    const client = tls.connect({ port: server.address().port, rejectUnauthorized: false }, common.mustCall(() => {
      assert.strictEqual(client.getProtocol(), 'TLSv1.3');
      const ok = client.renegotiate({}, common.mustCall((err) => {
        assert.strictEqual(err.code, 'ERR_SSL_WRONG_SSL_VERSION');
        assert.strictEqual(err.message, 'error:0A00010A:SSL routines::wrong ssl version');
        client.destroy();
        server.close();
      }));
      assert.strictEqual(ok, false);
    }));
  }));
}

limitTest(() => disabledTest(tls13Test));
