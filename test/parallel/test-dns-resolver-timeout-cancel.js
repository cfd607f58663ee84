'use strict';
// A server that never answers: with { timeout, tries } the query fails with
// ETIMEOUT; cancel() fails pending queries with ECANCELLED.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startResponder } = require('../common/dns-responder');

startResponder({}, common.mustCall((port, socket) => {
  const r = new dns.Resolver({ timeout: 50, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  r.resolve4('quiet.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ETIMEOUT');
    assert.strictEqual(err.message, 'queryA ETIMEOUT quiet.test');
    const c = new dns.Resolver();
    c.setServers([`127.0.0.1:${port}`]);
    c.resolveTxt('quiet.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECANCELLED');
      assert.strictEqual(err.syscall, 'queryTxt');
      socket.close();
    }));
    c.cancel();
  }));
}), { silent: ['quiet.test'] });
