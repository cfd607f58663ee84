'use strict';
// The listen() argument forms: (port, cb), (options), (port, host, backlog, cb),
// listen() on an unspecified address, ipv6Only, and an AbortSignal closing it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const a = net.createServer();
a.listen(0, common.mustCall(() => {
  const addr = a.address();
  assert.ok(addr.address === '::' || addr.address === '0.0.0.0');
  a.close();
}));

const b = net.createServer();
b.listen({ port: 0, host: '127.0.0.1', backlog: 10 }, common.mustCall(() => {
  assert.strictEqual(b.address().address, '127.0.0.1');
  b.close();
}));

const c = net.createServer();
c.listen(0, '127.0.0.1', 5, common.mustCall(() => c.close()));

const d = net.createServer();
d.listen({ port: 0, host: '::1', ipv6Only: true }, common.mustCall(() => {
  assert.strictEqual(d.address().family, 'IPv6');
  d.close();
}));

const controller = new AbortController();
const e = net.createServer();
e.on('close', common.mustCall());
e.listen({ port: 0, host: '127.0.0.1', signal: controller.signal }, common.mustCall(() => {
  controller.abort();
  assert.strictEqual(e.listening, false);
}));
