'use strict';
// createSecureContext treats a falsy key/cert/ca as not given; inside a list every entry
// must be a string or buffer (or { pem } for keys), and cert is checked before key.
require('../common');
const assert = require('node:assert');
const keys = require('../fixtures/keys/keys');
const tls = require('node:tls');

const key = Buffer.from(keys.agent1Key);
const cert = Buffer.from(keys.agent1Cert);

for (const [k, c] of [[false, cert], [key, false], [false, false], [[{ pem: key }], false],
                      [[key.toString()], [cert.toString()]]]) {
  tls.createSecureContext({ key: k, cert: c, ca: false });
}
const message = (name, received) => `The "options.${name}" property must be of type string or an ` +
  `instance of Buffer, TypedArray, or DataView. Received ${received}`;
assert.throws(() => tls.createSecureContext({ key: true, cert }),
              { code: 'ERR_INVALID_ARG_TYPE', message: message('key', 'type boolean (true)') });
assert.throws(() => tls.createSecureContext({ key: { pem: key } }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /^The "options\.key" property/ });
assert.throws(() => tls.createSecureContext({ key: true, cert: true }),
              { code: 'ERR_INVALID_ARG_TYPE', message: message('cert', 'type boolean (true)') });
assert.throws(() => tls.createSecureContext({ key: [key, false], cert }),
              { code: 'ERR_INVALID_ARG_TYPE', message: message('key', 'type boolean (false)') });
assert.throws(() => tls.createSecureContext({ ca: [cert, 1] }),
              { code: 'ERR_INVALID_ARG_TYPE', message: message('ca', 'type number (1)') });
