'use strict';
// createSecureContext options beyond keys and certificates (ecdhCurve, sigalgs, crl,
// dhparam, secureOptions, the engine options, sessionTimeout) are checked as node
// does, and the native context (secureContext.context) takes certificates afterwards:
// context.addCACert() makes a server trusted.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const keys = require('../fixtures/keys/keys');

const bufs = 'of type string or an instance of Buffer, TypedArray, or DataView';
for (const [options, code, message] of [
  [{ clientCertEngine: 0 }, 'ERR_INVALID_ARG_TYPE',
   'The "options.clientCertEngine" property must be of type string or one of null or undefined. Received type number (0)'],
  [{ privateKeyEngine: 0, privateKeyIdentifier: 'k' }, 'ERR_INVALID_ARG_TYPE',
   'The "options.privateKeyEngine" property must be of type string or one of null or undefined. Received type number (0)'],
  [{ privateKeyEngine: 'e', privateKeyIdentifier: 0 }, 'ERR_INVALID_ARG_TYPE',
   'The "options.privateKeyIdentifier" property must be of type string or one of null or undefined. Received type number (0)'],
  [{ sessionTimeout: -1 }, 'ERR_OUT_OF_RANGE',
   'The value of "options.sessionTimeout" is out of range. It must be >= 0 && <= 2147483647. Received -1'],
  [{ ecdhCurve: 1 }, 'ERR_INVALID_ARG_TYPE', 'The "options.ecdhCurve" property must be of type string. Received type number (1)'],
  [{ ecdhCurve: 'prime192v3' }, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to set ECDH curve'],
  [{ crl: 1 }, 'ERR_INVALID_ARG_TYPE', `The "options.crl" property must be ${bufs}. Received type number (1)`],
  [{ dhparam: 1 }, 'ERR_INVALID_ARG_TYPE', `The "options.dhparam" property must be ${bufs}. Received type number (1)`],
  [{ sigalgs: 1 }, 'ERR_INVALID_ARG_TYPE', 'The "options.sigalgs" property must be of type string. Received type number (1)'],
  [{ sigalgs: '' }, 'ERR_INVALID_ARG_VALUE', "The property 'options.sigalgs' is invalid. Received ''"],
  [{ secureOptions: 'x' }, 'ERR_INVALID_ARG_TYPE',
   'The "secureOptions" argument must be of type number. Received type string (\'x\')'],
]) {
  assert.throws(() => tls.createSecureContext(options), { code, message });
}
// An ECDH failure reads as a plain Error.
assert.throws(() => tls.createSecureContext({ ecdhCurve: 'prime192v3' }), /^Error: Failed to set ECDH curve$/);
assert.throws(() => tls.createSecureContext({ clientCertEngine: 'no-such-engine' }), (err) => {
  return /could not load the shared library/.test(err.message) && err.opensslErrorStack.length > 0;
});
for (const options of [{ sessionTimeout: null }, { ecdhCurve: 'auto' }, { ecdhCurve: 'P-256:P-384' },
                       { sigalgs: 'RSA-PSS+SHA256:ECDSA+SHA256' }, { secureOptions: 0 }]) {
  tls.createSecureContext(options);
}

// The native context: only its own objects are accepted as `this`.
const native = tls.createSecureContext().context;
assert.strictEqual(typeof native.addCACert, 'function');
assert.throws(() => ({ __proto__: native })._external, TypeError);
assert.throws(() => native.setECDHCurve.call({}, 'auto'), TypeError);

const server = tls.createServer({ key: keys.agent1Key, cert: keys.agent1Cert }, (s) => s.end());
server.listen(0, common.mustCall(() => {
  const secureContext = tls.createSecureContext();
  secureContext.context.addCACert(keys.caCert);
  tls.connect({ port: server.address().port, host: 'localhost', secureContext }, common.mustCall(function() {
    assert.strictEqual(this.authorized, true);
    this.end();
    server.close();
  }));
}));
