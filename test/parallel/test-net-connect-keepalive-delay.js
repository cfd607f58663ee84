'use strict';
// net.connect's keepAliveInitialDelay reaches the handle in whole seconds, never
// negative.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const cases = [[123, 0], [456123, 456], [-123000, 0], [undefined, 0]];
const server = net.createServer((s) => s.end());
server.listen(0, common.mustCall(() => {
  let left = cases.length;
  for (const [given, expected] of cases) {
    const client = net.connect({ port: server.address().port, keepAlive: true, keepAliveInitialDelay: given },
                               common.mustCall(() => client.end()));
    client._handle.setKeepAlive = common.mustCall((enable, delay) => {
      assert.strictEqual(enable, true);
      assert.strictEqual(delay, expected);
    });
    client.on('close', () => { if (--left === 0) server.close(); });
  }
}));
