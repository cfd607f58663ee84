'use strict';
// dns.setServers() routes the promise API's default resolver too, while
// dns.promises.setServers() changes only the promise API's servers.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startResponder } = require('../common/dns-responder');

startResponder({ 'shared.test': { A: ['10.1.2.3'] } }, common.mustCall(async (port, socket) => {
  dns.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.promises.getServers(), [`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await dns.promises.resolve4('shared.test'), ['10.1.2.3']);
  dns.promises.setServers([`127.0.0.1:${port}`, '127.0.0.2']);
  assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.promises.getServers(), [`127.0.0.1:${port}`, '127.0.0.2']);
  dns.resolve4('shared.test', common.mustSucceed((addresses) => {
    assert.deepStrictEqual(addresses, ['10.1.2.3']);
    setImmediate(common.mustCall(() => {
      dns.setServers(['127.0.0.3']);
      assert.deepStrictEqual(dns.promises.getServers(), ['127.0.0.3']);
      socket.close();
    }));
  }));
}));
