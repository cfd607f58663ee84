'use strict';
// A PFX that is not one fails with OpenSSL's reason alone, as node words it: bytes
// that end inside the first element are "not enough data".
require('../common');
const assert = require('assert');
const tls = require('tls');

assert.throws(() => tls.createSecureContext({ pfx: 'sample', passphrase: 'test' }), (err) => {
  return err instanceof Error && err.name === 'Error' && err.message === 'not enough data' &&
    !('opensslErrorStack' in err);
});
assert.throws(() => tls.createSecureContext({ pfx: Buffer.alloc(0) }), Error);
