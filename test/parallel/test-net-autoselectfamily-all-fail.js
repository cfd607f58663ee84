'use strict';
// With autoSelectFamily, when every address fails the socket is destroyed with one
// AggregateError holding each attempt's error, in the order tried.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const lookup = (host, opts, cb) => {
      cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
    };
    const socket = net.createConnection({
      host: 'example.test', port, lookup, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 500,
    });
    socket.on('connect', common.mustNotCall());
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.constructor.name, 'AggregateError');
      assert.strictEqual(err.errors.length, 2);
      assert.deepStrictEqual(socket.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.1:${port}`]);
      assert.strictEqual(err.errors[1].message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
  }));
}));
