'use strict';
// TLSSocket details: exportKeyingMaterial's argument checks and its state check,
// bufferSize counting writes made in one tick (TLS writes complete later, as in node),
// and a plain socket given to a TLSSocket closing with it.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const server = net.createServer(common.mustCall((raw) => {
  const s = new tls.TLSSocket(raw, {
    isServer: true,
    server,
    secureContext: tls.createSecureContext({ key: keys.agent1Key, cert: keys.agent1Cert }),
  });
  assert.throws(() => s.exportKeyingMaterial(128, 'label'), {
    name: 'Error',
    code: 'ERR_TLS_INVALID_STATE',
    message: 'TLS socket connection must be securely established',
  });
  s.on('secure', common.mustCall(() => {
    assert.strictEqual(s.exportKeyingMaterial(32, 'client finished').length, 32);
    assert.strictEqual(s.exportKeyingMaterial(16, 'l', Buffer.from('ctx')).length, 16);
    assert.throws(() => s.exportKeyingMaterial(16, 'l', 'str'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "context" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'str\')',
    });
    assert.throws(() => s.exportKeyingMaterial(0, 'a'), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "length" is out of range. It must be >= 1 && <= 4294967295. Received 0',
    });
    assert.throws(() => s.exportKeyingMaterial(10, null), { code: 'ERR_INVALID_ARG_TYPE' });
  }));
  s.on('data', () => {});
  s.on('end', common.mustCall(() => raw.destroy()));
  raw.on('close', common.mustCall());
  s.on('close', common.mustCall(() => server.close()));
}));

server.listen(0, common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, rejectUnauthorized: false }, common.mustCall(() => {
    assert.strictEqual(client.bufferSize, 0);
    for (let i = 1; i < 5; i++) {
      client.write('a');
      assert.strictEqual(client.bufferSize, i);
    }
    client.on('finish', common.mustCall(() => assert.strictEqual(client.bufferSize, 0)));
    client.end();
  }));
  client.resume();
}));
