'use strict';
// tls.createSecureContext: node's errors for mismatched, malformed and encrypted
// identities and bad option types.
require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

assert.throws(() => tls.createSecureContext({ key: keys.agent2Key, cert: keys.agent1Cert }), {
  code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH',
  message: 'error:05800074:x509 certificate routines::key values mismatch',
  library: 'x509 certificate routines',
  reason: 'key values mismatch',
});
assert.throws(() => tls.createSecureContext({ cert: 'garbage' }), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
});
assert.throws(() => tls.createSecureContext({ key: 'garbage' }), { code: /^ERR_OSSL_/ });
for (const passphrase of ['wrong', undefined]) {
  assert.throws(() => tls.createSecureContext({ pfx: keys.agent1Pfx, passphrase }), (err) => {
    assert.strictEqual(err.message, 'mac verify failure');
    assert.strictEqual(err.code, undefined);
    return true;
  });
}
tls.createSecureContext({ pfx: keys.agent1Pfx, passphrase: 'sample' });
assert.throws(() => tls.createSecureContext({ key: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.key" property must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => tls.connect({ port: 1, ALPNProtocols: 'h2' }), {
  name: 'TypeError', message: 'Must give a Buffer as first argument',
});
