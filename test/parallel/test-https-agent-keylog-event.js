'use strict';
// An https.Agent with 'keylog' listeners hears the key lines of the connections it
// makes, with the socket each came from.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const fs = require('fs');
const fixtures = require('../common/fixtures');

const server = https.createServer({
  key: fs.readFileSync(fixtures.path('keys', 'agent2-key.pem')),
  cert: fs.readFileSync(fixtures.path('keys', 'agent2-cert.pem')),
  minVersion: 'TLSv1.3',
  maxVersion: 'TLSv1.3',
}, (req, res) => res.end('bye'));

const agent = new https.Agent();
let lines = 0;
agent.on('keylog', (line, socket) => {
  assert.ok(Buffer.isBuffer(line));
  assert.strictEqual(socket.encrypted, true);
  lines++;
});
server.listen(0, common.mustCall(() => {
  https.get({ port: server.address().port, agent, rejectUnauthorized: false }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.ok(lines >= 5, `${lines} key lines`);
      agent.destroy();
      server.close();
    }));
  }));
}));
