'use strict';
// Resolver#setLocalAddress takes one address of each family, in either order, and
// rejects others with node's TypeErrors.
require('../common');
const assert = require('assert');
const dns = require('dns');

const r = new dns.Resolver();
r.setLocalAddress('127.0.0.1');
r.setLocalAddress('::1');
r.setLocalAddress('127.0.0.1', '::1');
r.setLocalAddress('::1', '127.0.0.1');
new dns.promises.Resolver().setLocalAddress('127.0.0.1', '::1');

const bad = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
assert.throws(() => r.setLocalAddress('127.0.0.1', '127.0.0.2'),
              bad('Cannot specify two IPv4 addresses.'));
assert.throws(() => r.setLocalAddress('::1', '::2'), bad('Cannot specify two IPv6 addresses.'));
assert.throws(() => r.setLocalAddress('bad'), bad('Invalid IP address.'));
assert.throws(() => r.setLocalAddress('::1', 'bad'), bad('Invalid IP address.'));
assert.throws(() => r.setLocalAddress(123), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.setLocalAddress('127.0.0.1', 42), { code: 'ERR_INVALID_ARG_TYPE' });
