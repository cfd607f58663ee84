'use strict';
// crypto.getCipherInfo() names every mode node names, the XTS, key-wrap and OCB
// ciphers included; each cipher crypto.getCiphers() lists can then be created
// from what getCipherInfo() says.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.getCipherInfo('aes-128-xts').mode, 'xts');
assert.strictEqual(crypto.getCipherInfo('id-aes128-wrap').mode, 'wrap');
assert.strictEqual(crypto.getCipherInfo('aes-256-ocb').mode, 'ocb');
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc').mode, 'cbc');
assert.strictEqual(crypto.getCipherInfo('chacha20').mode, 'stream');

for (const name of crypto.getCiphers()) {
  const { ivLength, keyLength, mode } = crypto.getCipherInfo(name);
  assert.strictEqual(typeof mode, 'string', name);
  let options;
  if (mode === 'ccm') options = { authTagLength: 8 };
  else if (mode === 'ocb' || name === 'chacha20-poly1305') options = { authTagLength: 16 };
  crypto.createCipheriv(name, crypto.randomBytes(keyLength), crypto.randomBytes(ivLength || 0), options);
}
