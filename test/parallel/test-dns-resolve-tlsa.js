'use strict';
// TLSA records (certificate associations, RFC 6698) against our own loopback DNS
// server: dns.resolveTlsa in the callback and promise APIs and on Resolver objects,
// resolve(name, 'TLSA'), TLSA answers within ANY, ENODATA for a name without
// them, ENOTFOUND for an unknown name, and EBADRESP for a record too short to hold
// its three fields and some data.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startResponder } = require('../common/dns-responder');

const digest = Buffer.from('0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6', 'hex');
const zone = {
  '_443._tcp.example.test': {
    TLSA: [{ certUsage: 3, selector: 1, match: 1, data: digest },
           { certUsage: 2, selector: 0, match: 0, data: Buffer.from('abc') }],
    A: ['10.0.0.1'],
  },
  'plain.test': { A: ['10.0.0.2'] },
  'short.test': { RAW: [{ type: 'TLSA', bytes: Buffer.from([3, 1]) }] },
  'empty.test': { RAW: [{ type: 'TLSA', bytes: Buffer.from([3, 1, 1]) }] },
};

function check(records) {
  assert.strictEqual(records.length, 2);
  assert.deepStrictEqual(Object.keys(records[0]), ['certUsage', 'selector', 'match', 'data']);
  const [first, second] = records;
  assert.deepStrictEqual([first.certUsage, first.selector, first.match], [3, 1, 1]);
  assert.ok(first.data instanceof ArrayBuffer);
  assert.deepStrictEqual(Buffer.from(first.data), digest);
  assert.deepStrictEqual([second.certUsage, second.selector, second.match], [2, 0, 0]);
  assert.strictEqual(Buffer.from(second.data).toString(), 'abc');
}

startResponder(zone, common.mustCall(async (port, socket) => {
  const server = `127.0.0.1:${port}`;
  const resolver = new dns.Resolver();
  resolver.setServers([server]);
  const promises = new dns.promises.Resolver();
  promises.setServers([server]);

  await new Promise((resolve) => resolver.resolveTlsa('_443._tcp.example.test', common.mustSucceed((records) => {
    check(records);
    resolve();
  })));
  await new Promise((resolve) => resolver.resolve('_443._tcp.example.test', 'TLSA', common.mustSucceed((records) => {
    check(records);
    resolve();
  })));
  check(await promises.resolveTlsa('_443._tcp.example.test'));
  check(await promises.resolve('_443._tcp.example.test', 'TLSA'));

  const any = await promises.resolveAny('_443._tcp.example.test');
  // (node 24 gives the TLSA entries of ANY no type.)
  const tlsa = any.filter((r) => 'certUsage' in r);
  assert.strictEqual(tlsa.length, 2);
  assert.strictEqual(tlsa[0].certUsage, 3);
  assert.deepStrictEqual(Buffer.from(tlsa[0].data), digest);
  assert.ok(any.some((r) => r.type === 'A' && r.address === '10.0.0.1'));

  await assert.rejects(promises.resolveTlsa('plain.test'), { code: 'ENODATA', syscall: 'queryTlsa', hostname: 'plain.test' });
  await assert.rejects(promises.resolveTlsa('missing.test'), { code: 'ENOTFOUND', syscall: 'queryTlsa' });
  await assert.rejects(promises.resolveTlsa('short.test'), { code: 'EBADRESP', syscall: 'queryTlsa' });
  await assert.rejects(promises.resolveTlsa('empty.test'), { code: 'EBADRESP', syscall: 'queryTlsa' });
  assert.throws(() => resolver.resolveTlsa(42, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

  // The module-level functions go through the default resolver.
  dns.setServers([server]);
  check(await dns.promises.resolveTlsa('_443._tcp.example.test'));
  socket.close();
}));
