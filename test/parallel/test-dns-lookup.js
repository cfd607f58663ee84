'use strict';
// dns.lookup: IP literals without a query, localhost, all/family options, and
// ENOTFOUND with node's fields; lookupService; promise forms.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

dns.lookup('127.0.0.1', common.mustCall((err, address, family) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, common.mustCall((err, list) => {
  assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
}));
dns.lookup('localhost', { family: 4 }, common.mustCall((err, address, family) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('localhost', { all: true, family: 4 }, common.mustCall((err, list) => {
  assert.ifError(err);
  assert.deepStrictEqual(list[0], { address: '127.0.0.1', family: 4 });
}));
dns.lookup('', common.mustCall((err, address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup('nonexistent.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
}));
dns.lookupService('127.0.0.1', 22, common.mustCall((err, hostname, service) => {
  assert.ifError(err);
  assert.strictEqual(typeof hostname, 'string');
  assert.strictEqual(service, 'ssh');
}));
dns.promises.lookup('127.0.0.1').then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));

assert.throws(() => dns.lookup(1, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', { family: 5 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', { hints: 12345 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookupService('127.0.0.1', 22), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('nope', 22, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookupService('127.0.0.1', -1, common.mustNotCall()), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => dns.setServers(['zz']), { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: zz' });
assert.throws(() => dns.resolve('x', 'BOGUS', common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.promises.TIMEOUT, 'ETIMEOUT');

// order: every IPv4 answer before every IPv6 one, or the reverse.
for (const [order, first] of [['ipv4first', 4], ['ipv6first', 6]]) {
  dns.lookup('localhost', { all: true, order }, common.mustCall((err, list) => {
    assert.ifError(err);
    const families = list.map((a) => a.family);
    const firstOther = families.findIndex((f) => f !== first);
    if (firstOther !== -1) assert.ok(families.slice(firstOther).every((f) => f !== first), `${order}: ${families}`);
  }));
}
