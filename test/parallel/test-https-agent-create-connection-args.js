'use strict';
// https.Agent#createConnection takes (options), (port, options) or (port, host, options).
const common = require('../common');
const assert = require('assert');
const https = require('https');

const agent = new https.Agent();
const seen = [];
for (const args of [[{ port: 1, host: '127.0.0.1' }], [1, { host: '127.0.0.1' }], [1, '127.0.0.1', {}],
  [1, '127.0.0.1', null], [1, '127.0.0.1', undefined]]) {
  const socket = agent.createConnection(...args);
  socket.on('error', common.mustCall((err) => {
    seen.push(`${err.code} ${err.address}:${err.port}`);
    if (seen.length === 5) {
      assert.deepStrictEqual(seen, Array(5).fill('ECONNREFUSED 127.0.0.1:1'));
    }
  }));
}
