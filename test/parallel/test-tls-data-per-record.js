'use strict';
// A TLSSocket emits one 'data' per TLS record, as node does: with the sender's records
// limited by setMaxSendFragment, no chunk is larger than a record even when many
// records arrive in one network read.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys.js');

const total = 20000;
const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, common.mustCall((s) => {
  assert.strictEqual(s.setMaxSendFragment(1024), true);
  s.end(Buffer.alloc(total, 'x'));
}));

server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, rejectUnauthorized: false });
  let received = 0;
  let chunks = 0;
  c.on('data', (chunk) => {
    assert.ok(chunk.length <= 1024, `chunk of ${chunk.length}`);
    received += chunk.length;
    chunks++;
  });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    assert.ok(chunks >= Math.ceil(total / 1024));
    server.close();
  }));
}));
