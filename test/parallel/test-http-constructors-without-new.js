'use strict';
// node's Server/Agent/ECDH constructors are callable without `new` and still subclassable.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const tls = require('node:tls');

const cases = [
  [http.Server, () => http.Server()],
  [http.Agent, () => http.Agent({ keepAlive: true })],
  [https.Server, () => https.Server()],
  [https.Agent, () => https.Agent()],
  [tls.Server, () => tls.Server()],
  [net.Server, () => net.Server()],
  [crypto.ECDH, () => crypto.ECDH('prime256v1')],
];
for (const [Ctor, make] of cases) {
  const obj = make();
  assert.ok(obj instanceof Ctor, Ctor.name);
  assert.strictEqual(obj.constructor, Ctor.prototype.constructor);
}
assert.ok(http.Agent({ keepAlive: true }).keepAlive);
assert.ok(https.Agent() instanceof http.Agent);
assert.ok(https.Server() instanceof tls.Server);
assert.strictEqual(crypto.ECDH('prime256v1').generateKeys().length, 65);

class MyAgent extends http.Agent {}
assert.ok(new MyAgent() instanceof http.Agent);
