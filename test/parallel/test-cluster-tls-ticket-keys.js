'use strict';
// TLS servers that cluster workers open on one address share their session ticket
// keys (the first worker's, handed on by the primary), so a session one worker
// issued resumes on any other, as in node. Servers outside a cluster keep their own
// random keys.
const common = require('../common');
const assert = require('node:assert');
const cluster = require('node:cluster');
const tls = require('node:tls');
const fs = require('node:fs');
const fixtures = require('../common/fixtures');

const options = {
  key: fs.readFileSync(fixtures.path('keys', 'agent1-key.pem')),
  cert: fs.readFileSync(fixtures.path('keys', 'agent1-cert.pem')),
};

if (cluster.isPrimary) {
  const a = tls.createServer(options).getTicketKeys().toString('hex');
  const b = tls.createServer(options).getTicketKeys().toString('hex');
  assert.notStrictEqual(a, b);

  const keys = [];
  for (let i = 0; i < 2; i++) {
    cluster.fork().on('message', common.mustCall((hex) => {
      keys.push(hex);
      if (keys.length < 2) return;
      assert.strictEqual(keys[0], keys[1]);
      assert.strictEqual(keys[0].length, 96);
      for (const id in cluster.workers) cluster.workers[id].kill();
    }));
  }
} else {
  const server = tls.createServer(options).listen(0, () => {
    process.send(server.getTicketKeys().toString('hex'));
  });
}
