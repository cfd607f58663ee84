'use strict';
// dns.Resolver against our own loopback DNS server: every record type, TTLs,
// ANY, NXDOMAIN's ENOTFOUND, and the promise API.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startResponder } = require('../common/dns-responder');

const zone = {
  'example.test': {
    A: [{ rr: '10.0.0.1', ttl: 60 }, { rr: '10.0.0.2', ttl: 61 }],
    AAAA: [{ rr: '2001:db8::1', ttl: 99 }],
    MX: [{ priority: 10, exchange: 'mx.example.test' }],
    TXT: [['v=spf1', ' -all'], ['second']],
    NS: ['ns1.example.test'],
    SOA: [{ nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024, refresh: 3600,
            retry: 600, expire: 86400, minttl: 60 }],
    CAA: [{ critical: 0, tag: 'issue', value: 'ca.test' }],
  },
  'alias.test': { CNAME: ['example.test'] },
  '_sip._tcp.example.test': { SRV: [{ priority: 1, weight: 5, port: 5060, name: 'sip.example.test' }] },
  'naptr.test': { NAPTR: [{ order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '',
                            replacement: '_sip._udp.example.test' }] },
  '1.0.0.10.in-addr.arpa': { PTR: ['host.example.test'] },
};

startResponder(zone, common.mustCall((port, socket) => {
  const r = new dns.Resolver();
  r.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(r.getServers(), [`127.0.0.1:${port}`]);
  let pending = 0;
  const check = (method, args, fn) => {
    pending++;
    r[method](...args, common.mustCall((err, result) => {
      assert.ifError(err);
      fn(result);
      if (--pending === 0) promises();
    }));
  };
  check('resolve4', ['example.test'], (res) => assert.deepStrictEqual(res, ['10.0.0.1', '10.0.0.2']));
  check('resolve4', ['example.test', { ttl: true }], (res) => assert.deepStrictEqual(res, [
    { address: '10.0.0.1', ttl: 60 }, { address: '10.0.0.2', ttl: 61 }]));
  check('resolve6', ['example.test', { ttl: true }], (res) => assert.deepStrictEqual(res, [
    { address: '2001:db8::1', ttl: 99 }]));
  check('resolve', ['example.test', 'MX'], (res) => assert.deepStrictEqual(res, [
    { exchange: 'mx.example.test', priority: 10, type: 'MX' }]));
  check('resolveTxt', ['example.test'], (res) => assert.deepStrictEqual(res, [['v=spf1', ' -all'], ['second']]));
  check('resolveNs', ['example.test'], (res) => assert.deepStrictEqual(res, ['ns1.example.test']));
  check('resolveSoa', ['example.test'], (res) => assert.deepStrictEqual(res, {
    nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024, refresh: 3600,
    retry: 600, expire: 86400, minttl: 60, type: undefined }));
  check('resolveCaa', ['example.test'], (res) => assert.deepStrictEqual(res, [{ critical: 0, type: 'CAA', issue: 'ca.test' }]));
  check('resolveCname', ['alias.test'], (res) => assert.deepStrictEqual(res, ['example.test']));
  check('resolveSrv', ['_sip._tcp.example.test'], (res) => assert.deepStrictEqual(res, [
    { name: 'sip.example.test', port: 5060, priority: 1, weight: 5, type: 'SRV' }]));
  check('resolveNaptr', ['naptr.test'], (res) => assert.deepStrictEqual(res, [{
    flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test', order: 100,
    preference: 10, type: undefined }]));
  check('reverse', ['10.0.0.1'], (res) => assert.deepStrictEqual(res, ['host.example.test']));
  check('resolvePtr', ['1.0.0.10.in-addr.arpa'], (res) => assert.deepStrictEqual(res, ['host.example.test']));
  check('resolveAny', ['example.test'], (res) => {
    const types = res.map((r) => r.type).sort();
    assert.deepStrictEqual(types, ['A', 'A', 'AAAA', 'CAA', 'MX', 'NS', 'SOA', 'TXT', 'TXT']);
    assert.deepStrictEqual(res.find((x) => x.type === 'MX'), { exchange: 'mx.example.test', priority: 10, type: 'MX' });
    assert.deepStrictEqual(res.find((x) => x.type === 'A'), { address: '10.0.0.1', ttl: 60, type: 'A' });
    assert.deepStrictEqual(res.find((x) => x.type === 'TXT'), { entries: ['v=spf1', ' -all'], type: 'TXT' });
  });
  pending++;
  r.resolve4('missing.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.syscall, 'queryA');
    assert.strictEqual(err.hostname, 'missing.test');
    assert.strictEqual(err.message, 'queryA ENOTFOUND missing.test');
    if (--pending === 0) promises();
  }));

  function promises() {
    const p = new dns.promises.Resolver();
    p.setServers([`127.0.0.1:${port}`]);
    Promise.all([
      p.resolve4('example.test'),
      p.resolveMx('example.test'),
      p.resolve('missing.test', 'AAAA').then(common.mustNotCall(), (err) => err),
    ]).then(common.mustCall(([a, mx, err]) => {
      assert.deepStrictEqual(a, ['10.0.0.1', '10.0.0.2']);
      assert.deepStrictEqual(mx, [{ exchange: 'mx.example.test', priority: 10, type: 'MX' }]);
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(err.syscall, 'queryAaaa');
      socket.close();
    }));
  }
}));
