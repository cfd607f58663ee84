'use strict';
// dns validates its arguments synchronously, in node's order, for callbacks and promises.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const dnsPromises = dns.promises;

const badName = { code: 'ERR_INVALID_ARG_TYPE', message: /^The "name" argument must be of type string/ };
assert.throws(() => dns.resolveNs([]), badName);
assert.throws(() => dns.resolve([], 'A'), badName);
assert.throws(() => dns.resolve4(5, {}), badName);
assert.throws(() => dns.reverse(5), badName);
assert.throws(() => dns.resolve('localhost'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received undefined',
});
// Promise methods throw, not reject, on bad arguments.
assert.throws(() => dnsPromises.resolveNs([]), badName);
assert.throws(() => dnsPromises.resolve(5), badName);
assert.throws(() => dnsPromises.lookup(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dnsPromises.lookupService('0.0.0.0'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address" and "port" arguments must be specified',
});
// An ip that is not an address is an EINVAL from getHostByAddr.
assert.throws(() => dns.reverse('notip', common.mustNotCall()), {
  code: 'EINVAL', syscall: 'getHostByAddr', hostname: 'notip', message: 'getHostByAddr EINVAL notip',
});
assert.rejects(dnsPromises.reverse('notip'), { code: 'EINVAL', syscall: 'getHostByAddr' })
  .then(common.mustCall());

// setServers names the bad index, skips holes, and keeps repeats once.
assert.throws(() => dns.setServers(['127.0.0.1', 3]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers[1]" argument must be of type string. Received type number (3)',
});
const resolver = new dns.Resolver();
const servers = ['127.0.0.1'];
servers[2] = '127.0.0.2';
servers.push('127.0.0.1', '127.0.0.3');
resolver.setServers(servers);
assert.deepStrictEqual(resolver.getServers(), ['127.0.0.1', '127.0.0.2', '127.0.0.3']);
