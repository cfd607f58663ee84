'use strict';
// tls.checkServerIdentity: DNS altnames, wildcards, IP addresses, CN fallback and
// node's error shape.
require('../common');
const assert = require('assert');
const tls = require('tls');

const ok = (host, cert) => assert.strictEqual(tls.checkServerIdentity(host, cert), undefined, host);
const bad = (host, cert, reason) => {
  const err = tls.checkServerIdentity(host, cert);
  assert.ok(err instanceof Error, host);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.reason, reason);
  assert.strictEqual(err.message, `Hostname/IP does not match certificate's altnames: ${reason}`);
  assert.strictEqual(err.cert, cert);
};

const dns = { subject: { CN: 'ignored' }, subjectaltname: 'DNS:example.com, DNS:*.example.org' };
ok('example.com', dns);
ok('EXAMPLE.com.', dns);
ok('a.example.org', dns);
bad('a.b.example.org', dns, "Host: a.b.example.org. is not in the cert's altnames: DNS:example.com, DNS:*.example.org");
bad('ignored', dns, "Host: ignored. is not in the cert's altnames: DNS:example.com, DNS:*.example.org");

const ip = { subject: {}, subjectaltname: 'IP Address:127.0.0.1, IP Address:::1' };
ok('127.0.0.1', ip);
ok('::1', ip);
bad('10.0.0.1', ip, "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1, ::1");

ok('cn.example', { subject: { CN: 'cn.example' } });
bad('other.example', { subject: { CN: 'cn.example' } }, "Host: other.example. is not cert's CN: cn.example");
bad('x.example', { subject: {} }, 'Cert does not contain a DNS name');
