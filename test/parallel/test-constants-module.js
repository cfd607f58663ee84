'use strict';
// node:constants merges os.constants (dlopen, errno, priority, signals), fs.constants
// and crypto's constants into one frozen plain object (graceful-fs calls its
// hasOwnProperty); crypto.constants.defaultCipherList is an accessor of its own.
require('../common');
const assert = require('assert');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
const tls = require('tls');
const constants = require('constants');

assert.strictEqual(require('node:constants'), constants);
assert.strictEqual(Object.getPrototypeOf(constants), Object.prototype);
assert.ok(Object.isFrozen(constants));
assert.strictEqual(constants.hasOwnProperty('O_RDONLY'), true);

for (const table of [os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants]) {
  for (const [name, value] of Object.entries(table)) {
    assert.strictEqual(constants[name], value, name);
  }
}
assert.strictEqual(constants.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.SIGTERM, 15);
assert.strictEqual(constants.RTLD_LAZY, os.constants.dlopen.RTLD_LAZY);
assert.strictEqual(constants.SSL_OP_ALL, crypto.constants.SSL_OP_ALL);
assert.strictEqual(constants.defaultCoreCipherList, crypto.constants.defaultCoreCipherList);

const keys = Object.keys(crypto.constants);
assert.strictEqual(keys[keys.indexOf('RSA_PSS_SALTLEN_AUTO') + 1], 'defaultCoreCipherList');
assert.strictEqual(keys.at(-1), 'defaultCipherList');
assert.strictEqual(crypto.constants.defaultCipherList, tls.DEFAULT_CIPHERS);
const before = tls.DEFAULT_CIPHERS;
crypto.constants.defaultCipherList = 'AES128-SHA';
assert.strictEqual(crypto.constants.defaultCipherList, 'AES128-SHA');
assert.strictEqual(tls.DEFAULT_CIPHERS, before);
