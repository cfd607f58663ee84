'use strict';
// A PerformanceObserver of type 'dns' gets one entry per successful lookup,
// lookupService and query, with node's detail fields.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { PerformanceObserver } = require('perf_hooks');
const { startResponder } = require('../common/dns-responder');

const entries = [];
const obs = new PerformanceObserver((list) => entries.push(...list.getEntries()));
obs.observe({ type: 'dns' });

process.on('exit', () => {
  const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
  assert.deepStrictEqual(byName.queryA.detail, { host: 'perf.test', ttl: false, result: ['10.9.8.7'] });
  assert.deepStrictEqual(byName.lookup.detail, {
    hostname: 'localhost', family: 4, hints: 0, verbatim: true, order: 'verbatim',
    addresses: ['127.0.0.1'],
  });
  for (const e of entries) {
    assert.strictEqual(e.entryType, 'dns');
    assert.ok(e.duration >= 0);
  }
});

startResponder({ 'perf.test': { A: ['10.9.8.7'] } }, common.mustCall((port, socket) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  resolver.resolve4('perf.test', common.mustSucceed(() => {
    dns.lookup('localhost', { family: 4 }, common.mustSucceed(() => {
      socket.close();
    }));
  }));
}));
