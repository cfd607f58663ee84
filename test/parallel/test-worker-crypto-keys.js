'use strict';
// KeyObjects and CryptoKeys cross to a worker and still work there.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Worker } = require('worker_threads');

(async () => {
  const secret = crypto.createSecretKey(Buffer.alloc(16, 7));
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const aes = await crypto.subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-GCM', false, ['encrypt']);
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    const crypto = require('crypto');
    const { secret, publicKey, privateKey, aes } = workerData;
    const sig = crypto.sign(null, Buffer.from('x'), privateKey);
    parentPort.postMessage({
      secret: secret.export().toString('hex'),
      types: [secret.type, publicKey.type, privateKey.type],
      verified: crypto.verify(null, Buffer.from('x'), publicKey, sig),
      aes: [aes.type, aes.algorithm.name, aes.extractable, aes.usages],
    });
  `, { eval: true, workerData: { secret, publicKey, privateKey, aes } });
  w.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, {
      secret: '07070707070707070707070707070707',
      types: ['secret', 'public', 'private'],
      verified: true,
      aes: ['secret', 'AES-GCM', false, ['encrypt']],
    });
  }));
})().then(common.mustCall());
