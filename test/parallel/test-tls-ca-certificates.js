'use strict';
// tls.getCACertificates(type): each list is a frozen array of PEM strings, the same
// array on every call; 'bundled' is tls.rootCertificates (strings end at the END
// line), 'default' holds the bundled ones and NODE_EXTRA_CA_CERTS ('extra'). An
// unreadable NODE_EXTRA_CA_CERTS file is ignored with node's warning;
// --use-system-ca or NODE_USE_SYSTEM_CA=1 adds the system store to 'default'.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const { spawnSync } = require('child_process');
const fixtures = require('../common/fixtures');

if (process.argv[2] === 'system') {
  const def = new Set(tls.getCACertificates('default'));
  console.log(tls.getCACertificates('system').every((c) => def.has(c)));
  return;
}
if (process.argv[2] === 'child') {
  const extra = tls.getCACertificates('extra');
  const def = new Set(tls.getCACertificates('default'));
  console.log(JSON.stringify({ extra, inDefault: extra.every((c) => def.has(c)) }));
  tls.createSecureContext();
  return;
}

for (const type of ['default', 'bundled', 'system', 'extra']) {
  const certs = tls.getCACertificates(type);
  assert(Array.isArray(certs), type);
  assert(Object.isFrozen(certs), type);
  assert.strictEqual(tls.getCACertificates(type), certs);
  for (const c of certs) assert.match(c, /^-----BEGIN CERTIFICATE-----\n[^]*-----END CERTIFICATE-----\n?$/);
}
assert.strictEqual(tls.getCACertificates(), tls.getCACertificates('default'));
assert.strictEqual(tls.getCACertificates('bundled'), tls.rootCertificates);
assert(tls.rootCertificates.length > 0);
assert(tls.rootCertificates.every((c) => c.endsWith('\n-----END CERTIFICATE-----')));
assert.strictEqual(new Set(tls.rootCertificates).size, tls.rootCertificates.length);

assert.throws(() => tls.getCACertificates('nope'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' is invalid. Received 'nope'",
});
assert.throws(() => tls.getCACertificates(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received type number (1)',
});

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const run = (extra) => spawnSync(process.execPath, [__filename, 'child'],
                                 { env: { ...env, NODE_EXTRA_CA_CERTS: extra }, encoding: 'utf8' });

const ok = run(fixtures.path('keys', 'ca-cert.pem'));
assert.strictEqual(ok.status, 0, ok.stderr);
assert.deepStrictEqual(JSON.parse(ok.stdout),
                       { extra: [require('fs').readFileSync(fixtures.path('keys', 'ca-cert.pem'), 'utf8')], inDefault: true });

const missing = fixtures.path('keys', 'no-such-file.pem');
const bad = run(missing);
assert.strictEqual(bad.status, 0, bad.stderr);
assert.deepStrictEqual(JSON.parse(bad.stdout), { extra: [], inDefault: true });
assert.match(bad.stderr, new RegExp(`Warning: Ignoring extra certs from \`${missing.replace(/[.]/g, '\\.')}\`, ` +
                                    'load failed: .*No such file or directory'));
// NODE_USE_SYSTEM_CA=1 (like --use-system-ca) puts the system store in the defaults.
for (const [args, value] of [[[], '1'], [['--use-system-ca'], '0']]) {
  const r = spawnSync(process.execPath, [...args, __filename, 'system'],
                      { env: { ...env, NODE_USE_SYSTEM_CA: value }, encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'true\n', r.stderr);
}
common.mustCall()();
