'use strict';
// Objects of node's own classes cross threads by copy (postMessage and
// structuredClone): Blob, File, BlockList, SocketAddress, KeyObject, CryptoKey.
// markAsUncloneable() stops plain objects and such classes, never ArrayBuffers.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { BlockList, SocketAddress } = require('net');
const { MessageChannel, markAsUncloneable } = require('worker_threads');

(async () => {
  const blob = structuredClone(new Blob(['a', 'bc'], { type: 'Text/Plain' }));
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'abc');

  const file = structuredClone(new File(['xyz'], 'f.txt', { lastModified: 42 }));
  assert.ok(file instanceof File);
  assert.deepStrictEqual([file.name, file.lastModified, await file.text()], ['f.txt', 42, 'xyz']);

  const list = new BlockList();
  list.addSubnet('10.0.0.0', 8);
  const listCopy = structuredClone(list);
  assert.strictEqual(listCopy.check('10.1.2.3'), true);
  assert.strictEqual(listCopy.check('11.1.2.3'), false);

  const address = structuredClone(new SocketAddress({ address: '::1', port: 80, family: 'ipv6' }));
  assert.deepStrictEqual([address.address, address.port, address.family], ['::1', 80, 'ipv6']);

  const secret = structuredClone(crypto.createSecretKey(Buffer.from('secret')));
  assert.strictEqual(secret.export().toString(), 'secret');
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const [pub, priv] = structuredClone([publicKey, privateKey]);
  const signature = crypto.sign('sha256', Buffer.from('data'), priv);
  assert.ok(crypto.verify('sha256', Buffer.from('data'), pub, signature));

  const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const hmacCopy = structuredClone(hmac);
  assert.deepStrictEqual([hmacCopy.type, hmacCopy.extractable, hmacCopy.algorithm.name, hmacCopy.usages],
                         ['secret', false, 'HMAC', ['sign']]);
  await crypto.subtle.sign('HMAC', hmacCopy, Buffer.from('x'));

  // Across a port.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ blob: new Blob(['over']), list });
  const [message] = await require('events').once(port2, 'message');
  assert.strictEqual(await message.blob.text(), 'over');
  assert.strictEqual(message.list.check('10.9.9.9'), true);
  port1.close();

  const plain = { a: 1 };
  markAsUncloneable(plain);
  assert.throws(() => structuredClone(plain), { name: 'DataCloneError' });
  const markedBlob = new Blob([]);
  markAsUncloneable(markedBlob);
  assert.throws(() => structuredClone(markedBlob), { name: 'DataCloneError' });
  const buffer = new ArrayBuffer(4);
  markAsUncloneable(buffer);
  assert.strictEqual(structuredClone(buffer).byteLength, 4);
})().then(common.mustCall());
